package io.zhengku.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.bench.chaos.LedgerChaos.Acknowledged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StallTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void the_longest_gap_between_anchorings_while_licences_waited_is_the_stall() {
        List<Acknowledged> sent = List.of(sent("a", 0), sent("b", 1), sent("c", 2), sent("d", 3));
        Map<String, Instant> anchored = Map.of("a", at(2), "b", at(3), "c", at(20), "d", at(21));

        Stall stall = Stall.longest(sent, anchored);

        assertThat(stall.seconds()).isEqualTo(17.0);
        assertThat(stall.from()).isEqualTo(at(3));
    }

    @Test
    void a_quiet_time_in_which_nothing_waited_is_no_stall() {
        List<Acknowledged> sent = List.of(sent("a", 0), sent("b", 30));
        Map<String, Instant> anchored = Map.of("a", at(1), "b", at(32));

        assertThat(Stall.longest(sent, anchored).seconds()).isEqualTo(2.0);
    }

    @Test
    void the_wait_before_the_first_anchoring_counts() {
        assertThat(Stall.longest(List.of(sent("a", 0)), Map.of("a", at(9))).seconds()).isEqualTo(9.0);
    }

    private static Acknowledged sent(String id, int second) {
        return new Acknowledged(id, "00".repeat(32), at(second));
    }

    private static Instant at(int second) {
        return T0.plusSeconds(second);
    }
}
