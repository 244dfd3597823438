package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BatcherSettingsTest {

    @Test
    void the_defaults_cut_a_thousand_documents_or_after_two_hundred_milliseconds() {
        BatcherSettings settings = BatcherSettings.defaults("sh-vault1");

        assertThat(settings.maxBatchSize()).isEqualTo(1000);
        assertThat(settings.maxWait()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.maxInFlight()).isEqualTo(4);
        assertThat(settings.maxRetries()).isEqualTo(5);
    }

    @Test
    void the_backoff_doubles_up_to_its_maximum() {
        BatcherSettings settings = BatcherSettings.defaults("sh").withRetries(9, Duration.ofMillis(100),
                Duration.ofMillis(700));

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofMillis(700));
        assertThat(settings.backoff(60)).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void a_prefix_that_could_not_start_a_batch_id_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BatcherSettings.defaults("上海"));
        assertThatIllegalArgumentException().isThrownBy(() -> BatcherSettings.defaults("x".repeat(31)));
    }

    @Test
    void impossible_limits_are_refused() {
        BatcherSettings settings = BatcherSettings.defaults("sh");

        assertThatIllegalArgumentException().isThrownBy(() -> settings.withMaxBatchSize(0));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withMaxWait(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withMaxInFlight(0));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withRetries(-1, Duration.ofMillis(1),
                Duration.ofMillis(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withRetries(3, Duration.ofSeconds(2),
                Duration.ofSeconds(1)));
    }

    @Test
    void batch_ids_name_the_batcher_the_time_and_a_counter_within_sixty_four_characters() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00.123Z"), ZoneOffset.UTC);
        BatchIds ids = new BatchIds("x".repeat(30), clock);

        assertThat(new BatchIds("sh-vault1", clock).next()).isEqualTo("sh-vault1-20261102080000123-1");
        ids.next();
        // 50 characters with a one-digit counter leave room for a counter of 15 digits.
        assertThat(ids.next()).endsWith("-20261102080000123-2").hasSize(50);
    }
}
