package io.zhengku.bench.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToValidTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void latency_runs_from_each_send_to_its_anchor_and_the_rate_over_the_whole_span() {
        List<ToValid.Sent> sent = List.of(new ToValid.Sent("a", T0), new ToValid.Sent("b", T0.plusMillis(500)),
                new ToValid.Sent("c", T0.plusMillis(500)));
        Map<String, Instant> anchored = Map.of("a", T0.plusMillis(800), "b", T0.plusMillis(2000));

        ToValid figures = ToValid.of(sent, anchored);

        assertThat(figures.anchored()).isEqualTo(2);
        assertThat(figures.rate()).isEqualTo(1.0);
        assertThat(figures.latencies().percentileMillis(50)).isEqualTo(800.0);
        assertThat(figures.latencies().maxMillis()).isEqualTo(1500.0);
        assertThat(figures.line("issuance", " (bulk, to VALID)"))
                .isEqualTo("issuance: 1 docs/s p50 800.0 p99 1500.0 (bulk, to VALID)");
    }

    @Test
    void nothing_anchored_gives_no_figures() {
        assertThat(ToValid.of(List.of(new ToValid.Sent("a", T0)), Map.of())).isNull();
    }
}
