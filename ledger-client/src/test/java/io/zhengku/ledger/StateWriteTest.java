package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StateWriteTest {

    @Test
    void a_composite_key_gives_its_type_and_id() {
        StateWrite write = new StateWrite("\u0000document\u0000" + Samples.sha(1) + "\u0000",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(write.keyType()).isEqualTo("document");
        assertThat(write.keyId()).isEqualTo(Samples.sha(1));
        assertThat(write.isDelete()).isFalse();
        assertThat(write.toString()).isEqualTo("write of document " + Samples.sha(1)).doesNotContain("\"a\"");
    }

    @Test
    void an_empty_value_is_a_delete() {
        assertThat(new StateWrite("\u0000seal\u0000ab\u0000", new byte[0]).isDelete()).isTrue();
    }

    @Test
    void a_key_that_is_not_a_composite_key_of_one_type_and_one_id_is_refused() {
        for (String key : new String[] {"document", "\u0000document\u0000", "\u0000\u0000id\u0000",
                "\u0000document\u0000a\u0000b\u0000", "\u0000document\u0000a"}) {
            assertThatThrownBy(() -> new StateWrite(key, new byte[1])).as(key.replace('\u0000', '0'))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("composite key");
        }
    }
}
