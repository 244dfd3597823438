package io.zhengku.chaincode;

import static io.zhengku.chaincode.RefusalAssertions.assertRefused;
import static io.zhengku.chaincode.Samples.SHANGHAI;
import static io.zhengku.chaincode.Samples.ZHEJIANG;
import static io.zhengku.chaincode.Samples.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.zhengku.core.anchor.RefusalCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditHeadsTest {

    private static final String TRAIL = "3f0c5a52-7f1e-4c3b-9d8e-0a1b2c3d4e5f";
    private static final String HEAD_7 = "{\"anchoredAt\":\"2026-11-02T08:00:00Z\",\"hash\":\"" + sha(7)
            + "\",\"msp\":\"ShanghaiMSP\",\"sequence\":7,\"trail\":\"" + TRAIL + "\",\"txId\":\"4f1c2e0d9b8a\"}";

    private final ZhengkuContract contract = new ZhengkuContract();
    private final LedgerMock ledger = new LedgerMock().as(SHANGHAI, false).withRegions(SHANGHAI, ZHEJIANG);

    @Test
    void a_regions_client_anchors_its_audit_head_as_golden_bytes_under_its_own_key() {
        String stored = contract.anchorAuditHead(ledger.ctx, TRAIL, "7", sha(7));

        assertThat(ledger.written(Keys.auditHead(SHANGHAI, TRAIL))).isEqualTo(HEAD_7).isEqualTo(stored);
        assertThat(ledger.policyOn(Keys.auditHead(SHANGHAI, TRAIL)))
                .isEqualTo(EndorsementPolicy.ownerAndOneOther(SHANGHAI, List.of(ZHEJIANG)));
    }

    @Test
    void the_key_is_a_composite_key_of_one_type_and_one_id_like_every_other() {
        // Verifiers' block readers take only such keys (ledger-client's StateWrite); a second attribute stopped them.
        assertThat(Keys.auditHead(SHANGHAI, TRAIL)).isEqualTo("\u0000auditHead\u0000ShanghaiMSP:" + TRAIL + "\u0000");
    }

    @Test
    void a_later_head_replaces_the_stored_one() {
        ledger.holding(Keys.auditHead(SHANGHAI, TRAIL), HEAD_7);

        contract.anchorAuditHead(ledger.ctx, TRAIL, "12", sha(12));

        assertThat(ledger.written(Keys.auditHead(SHANGHAI, TRAIL))).contains("\"sequence\":12").contains(sha(12));
    }

    @Test
    void the_same_head_again_changes_nothing() {
        ledger.holding(Keys.auditHead(SHANGHAI, TRAIL), HEAD_7);

        assertThat(contract.anchorAuditHead(ledger.ctx, TRAIL, "7", sha(7))).isEqualTo(HEAD_7);
        ledger.assertUnchanged();
    }

    @Test
    void a_head_behind_the_stored_one_is_refused_as_a_rewritten_trail() {
        ledger.holding(Keys.auditHead(SHANGHAI, TRAIL), HEAD_7);

        assertRefused(() -> contract.anchorAuditHead(ledger.ctx, TRAIL, "6", sha(6)), RefusalCode.AUDIT_HEAD_CONFLICT)
                .hasMessageContaining("anchored entry 7 of audit trail " + TRAIL);
        ledger.assertUnchanged();
    }

    @Test
    void the_stored_sequence_with_another_hash_is_refused_as_a_rewritten_trail() {
        ledger.holding(Keys.auditHead(SHANGHAI, TRAIL), HEAD_7);

        assertRefused(() -> contract.anchorAuditHead(ledger.ctx, TRAIL, "7", sha(8)), RefusalCode.AUDIT_HEAD_CONFLICT);
        ledger.assertUnchanged();
    }

    @Test
    void another_regions_head_is_kept_apart() {
        ledger.holding(Keys.auditHead(SHANGHAI, TRAIL), HEAD_7).as(ZHEJIANG, false);

        contract.anchorAuditHead(ledger.ctx, TRAIL, "3", sha(3));

        assertThat(ledger.written(Keys.auditHead(ZHEJIANG, TRAIL))).contains("\"msp\":\"ZhejiangMSP\"");
        ledger.assertNotWritten(Keys.auditHead(SHANGHAI, TRAIL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "7.5", "seven", ""})
    void a_sequence_that_is_not_a_positive_whole_number_is_refused(String sequence) {
        assertRefused(() -> contract.anchorAuditHead(ledger.ctx, TRAIL, sequence, sha(7)), RefusalCode.INVALID_ARGUMENT)
                .hasMessageContaining("sequence");
        ledger.assertUnchanged();
    }

    @Test
    void another_trail_of_the_same_region_chains_on_its_own() {
        ledger.holding(Keys.auditHead(SHANGHAI, TRAIL), HEAD_7);

        contract.anchorAuditHead(ledger.ctx, "a-fresh-database", "2", sha(2));

        assertThat(ledger.written(Keys.auditHead(SHANGHAI, "a-fresh-database"))).contains("\"sequence\":2");
    }

    @Test
    void a_malformed_trail_id_is_refused() {
        assertRefused(() -> contract.anchorAuditHead(ledger.ctx, "trail/../x", "7", sha(7)), RefusalCode.INVALID_ARGUMENT)
                .hasMessageContaining("trail");
    }

    @Test
    void a_hash_that_is_not_lowercase_sha256_hex_is_refused() {
        assertRefused(() -> contract.anchorAuditHead(ledger.ctx, TRAIL, "7", "abc"), RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }

    @Test
    void the_heads_of_a_region_are_listed_oldest_first() {
        String head12 = HEAD_7.replace(sha(7), sha(12)).replace("\"sequence\":7", "\"sequence\":12");
        List<KeyModification> newestFirst = List.of(version(head12), version(HEAD_7));
        when(ledger.stub.getHistoryForKey(Keys.auditHead(SHANGHAI, TRAIL))).thenReturn(LedgerMock.results(newestFirst));

        assertThat(contract.auditHeads(ledger.ctx, SHANGHAI, TRAIL)).isEqualTo("[" + HEAD_7 + "," + head12 + "]");
    }

    @Test
    void a_region_without_an_anchored_head_is_not_found() {
        when(ledger.stub.getHistoryForKey(Keys.auditHead(ZHEJIANG, TRAIL))).thenReturn(LedgerMock.results(List.of()));

        assertRefused(() -> contract.auditHeads(ledger.ctx, ZHEJIANG, TRAIL), RefusalCode.NOT_FOUND);
    }

    @Test
    void a_malformed_msp_is_refused() {
        assertRefused(() -> contract.auditHeads(ledger.ctx, "Shanghai MSP\u0000", TRAIL), RefusalCode.INVALID_ARGUMENT);
    }

    private static KeyModification version(String value) {
        KeyModification modification = mock(KeyModification.class);
        when(modification.getValue()).thenReturn(value.getBytes(StandardCharsets.UTF_8));
        return modification;
    }
}
