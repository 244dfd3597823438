package io.zhengku.vault.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.env.Environment;
import io.zhengku.ledger.AnchorTransactions;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class CrashPointsTest {

    private static Environment environment(String... names) {
        Environment environment = Mockito.mock(Environment.class);
        Mockito.when(environment.getActiveNames()).thenReturn(Set.of(names));
        return environment;
    }

    @Test
    void every_point_is_named_by_its_setting() {
        Arrays.stream(CrashPoint.values()).forEach(p -> assertThat(CrashPoint.of(p.setting())).isEqualTo(p));
    }

    @Test
    void an_unknown_point_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> CrashPoint.of("after-lunch")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after-receive, after-store, after-commit, after-pick, after-submit,"
                        + " after-anchor");
    }

    @Test
    void the_production_environment_refuses_to_start_with_a_crash_point() {
        Environment production = environment(Environment.TEST, CrashPoints.PRODUCTION);
        assertThatThrownBy(() -> new CrashPoints("after-store", 1, production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("remove the setting");
    }

    @Test
    void the_production_environment_starts_without_one() {
        new CrashPoints(null, 1, environment(Environment.TEST, CrashPoints.PRODUCTION)).reached(CrashPoint.AFTER_STORE);
    }

    @Test
    void a_point_that_is_not_armed_lets_every_document_pass() {
        CrashPoints points = new CrashPoints("after-anchor", 1, environment(Environment.TEST));
        for (CrashPoint point : CrashPoint.values()) {
            if (point != CrashPoint.AFTER_ANCHOR) {
                points.reached(point);
            }
        }
    }

    @Test
    void the_batcher_steps_are_wrapped_only_when_the_submit_point_is_armed() {
        AnchorTransactions transactions = Mockito.mock(AnchorTransactions.class);
        assertThat(new CrashPoints("after-store", 1, environment(Environment.TEST)).afterSubmit(transactions))
                .isSameAs(transactions);
        assertThat(new CrashPoints("after-submit", 1, environment(Environment.TEST)).afterSubmit(transactions))
                .isNotSameAs(transactions);
    }

    @Test
    void the_pass_to_crash_on_must_be_one_or_more() {
        assertThatThrownBy(() -> new CrashPoints("after-store", 0, environment(Environment.TEST)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("crash-on");
    }
}
