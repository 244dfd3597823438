package io.zhengku.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.bench.chaos.VerifierProbe.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeJudgementTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant KILLED = T0.plusSeconds(10);
    private static final Instant HEALING = T0.plusSeconds(30);
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void a_verifier_that_refuses_past_its_bound_and_comes_back_passes() {
        ProbeJudgement judgement = ProbeJudgement.of(List.of(valid(5, 300), valid(12, 2100), lagging(20),
                lagging(25), valid(33, 200)), KILLED, HEALING, BOUND);

        assertThat(judgement.validBefore()).isEqualTo(1);
        assertThat(judgement.during()).isEqualTo(3);
        assertThat(judgement.validDuring()).isEqualTo(1);
        assertThat(judgement.maxLagDuring()).isEqualTo(2100);
        assertThat(judgement.refusedDuring()).isEqualTo(Map.of("503 ledger-lagging", 2));
        assertThat(judgement.recoveredAt()).contains(T0.plusSeconds(33));
        assertThat(judgement.passed()).isTrue();
    }

    @Test
    void a_valid_long_past_the_kill_is_stale_even_when_it_claims_a_small_lag() {
        ProbeJudgement judgement = ProbeJudgement.of(List.of(lagging(14), valid(20, 100), valid(33, 200)),
                KILLED, HEALING, BOUND);

        assertThat(judgement.stale()).isEqualTo(1);
        assertThat(judgement.passed()).isFalse();
    }

    @Test
    void a_valid_reporting_a_lag_past_the_bound_is_stale_at_any_time() {
        assertThat(ProbeJudgement.of(List.of(valid(5, 6000), lagging(20), valid(33, 200)), KILLED, HEALING, BOUND)
                .stale()).isEqualTo(1);
    }

    @Test
    void a_verifier_that_never_noticed_or_never_came_back_fails() {
        assertThat(ProbeJudgement.of(List.of(valid(12, 900), valid(33, 200)), KILLED, HEALING, BOUND).passed())
                .as("no refusal during a 20 s outage").isFalse();
        assertThat(ProbeJudgement.of(List.of(lagging(20), lagging(33)), KILLED, HEALING, BOUND).passed())
                .as("no VALID after the healing").isFalse();
    }

    @Test
    void another_verdict_for_the_valid_licence_is_wrong() {
        ProbeJudgement judgement = ProbeJudgement.of(List.of(new Answer(T0.plusSeconds(5), 200, "UNKNOWN", 10),
                lagging(20), valid(33, 200)), KILLED, HEALING, BOUND);

        assertThat(judgement.wrongVerdicts()).isEqualTo(1);
        assertThat(judgement.passed()).isFalse();
    }

    private static Answer valid(int second, long lagMillis) {
        return new Answer(T0.plusSeconds(second), 200, "VALID", lagMillis);
    }

    private static Answer lagging(int second) {
        return new Answer(T0.plusSeconds(second), 503, "ledger-lagging", -1);
    }
}
