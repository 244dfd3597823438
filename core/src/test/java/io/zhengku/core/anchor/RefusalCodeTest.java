package io.zhengku.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalCodeTest {

    @Test
    void every_code_is_found_by_its_exact_name() {
        for (RefusalCode code : RefusalCode.values()) {
            assertThat(RefusalCode.named(code.name())).contains(code);
        }
    }

    @Test
    void other_text_names_no_code() {
        assertThat(RefusalCode.named("seal_retired")).isEmpty();
        assertThat(RefusalCode.named("SEAL_RETIRED ")).isEmpty();
        assertThat(RefusalCode.named("TIMEOUT")).isEmpty();
        assertThat(RefusalCode.named(null)).isEmpty();
    }
}
