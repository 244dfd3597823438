package io.zhengku.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.verifier.service.Freshness;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexLagTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private final IndexLag lag = new IndexLag();

    private static Instant at(long millis) {
        return T0.plusMillis(millis);
    }

    @Test
    void an_index_never_confirmed_is_as_far_behind_as_can_be() {
        lag.applied(41);

        Freshness freshness = lag.at(at(0));

        assertThat(freshness.block()).hasValue(41);
        assertThat(freshness.behind()).isGreaterThan(Duration.ofDays(365));
    }

    @Test
    void a_height_the_index_has_reached_confirms_it_current_as_of_when_the_height_was_asked() {
        lag.applied(41);
        lag.peerHeight(42, at(0));

        Freshness freshness = lag.at(at(300));

        assertThat(freshness.blocksBehind()).isZero();
        assertThat(freshness.behind()).isEqualTo(Duration.ofMillis(300));
        assertThat(freshness.source()).isEqualTo(Freshness.INDEX);
    }

    @Test
    void a_height_not_yet_reached_counts_blocks_behind_and_lets_the_time_lag_grow_until_it_is_applied() {
        lag.applied(41);
        lag.peerHeight(42, at(0));
        lag.peerHeight(45, at(1000));

        assertThat(lag.at(at(3000)).blocksBehind()).isEqualTo(3);
        assertThat(lag.at(at(3000)).behind()).isEqualTo(Duration.ofMillis(3000));

        lag.applied(44);

        assertThat(lag.at(at(3000)).blocksBehind()).isZero();
        assertThat(lag.at(at(3000)).behind()).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void a_peer_that_stops_answering_lets_the_lag_grow_by_itself() {
        lag.applied(9);
        lag.peerHeight(10, at(0));

        assertThat(lag.at(at(60_000)).behind()).isEqualTo(Duration.ofMinutes(1));
        assertThat(lag.at(at(60_000)).blocksBehind()).isZero();
    }

    @Test
    void applying_part_of_the_way_confirms_only_the_heights_reached() {
        lag.peerHeight(5, at(0));
        lag.peerHeight(8, at(500));

        lag.applied(4);
        assertThat(lag.at(at(1000)).behind()).isEqualTo(Duration.ofMillis(1000));
        assertThat(lag.at(at(1000)).blocksBehind()).isEqualTo(3);

        lag.applied(7);
        assertThat(lag.at(at(1000)).behind()).isEqualTo(Duration.ofMillis(500));
    }
}
