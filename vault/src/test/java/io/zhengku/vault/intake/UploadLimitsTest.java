package io.zhengku.vault.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UploadLimitsTest {

    @Test
    void the_defaults_are_50_mib_1000_entries_200_mib_inflated_100_to_1_and_100_megapixels() {
        assertThat(UploadLimits.defaults()).isEqualTo(
                new UploadLimits(52_428_800L, 1_000, 209_715_200L, 100, 100_000_000L));
    }

    @Test
    void with_max_bytes_changes_only_the_size_limit() {
        assertThat(UploadLimits.defaults().withMaxBytes(10))
                .isEqualTo(new UploadLimits(10, 1_000, 209_715_200L, 100, 100_000_000L));
    }

    @Test
    void a_limit_of_zero_is_refused() {
        assertThatThrownBy(() -> UploadLimits.defaults().withMaxBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
    }
}
