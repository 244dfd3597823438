package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHeadTest {

    private static final String HASH = "ab".repeat(32);
    private static final String HEAD = "{\"anchoredAt\":\"2026-12-04T09:00:00Z\",\"hash\":\"" + HASH + "\","
            + "\"msp\":\"ShanghaiMSP\",\"sequence\":42,\"trail\":\"trail-1\",\"txId\":\"tx-42\"}";

    @Test
    void the_contracts_heads_are_read_in_their_order() throws LedgerException {
        assertThat(AuditHead.parseList("[" + HEAD + "," + HEAD.replace("42", "43") + "]"))
                .extracting(AuditHead::sequence).containsExactly(42L, 43L);
    }

    @Test
    void a_stored_head_is_read_whole() throws LedgerException {
        assertThat(AuditHead.parse(HEAD)).isEqualTo(new AuditHead("ShanghaiMSP", "trail-1", 42, HASH,
                Instant.parse("2026-12-04T09:00:00Z"), "tx-42"));
    }

    @Test
    void an_answer_that_is_not_a_list_of_heads_is_malformed() {
        for (String answer : new String[] {HEAD, "[{\"sequence\":1}]", "[" + HEAD.replace("}", ",\"extra\":1}") + "]", "[1"}) {
            assertThatThrownBy(() -> AuditHead.parseList(answer)).as(answer).isInstanceOfSatisfying(LedgerException.class,
                    e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.MALFORMED_RESPONSE));
        }
    }
}
