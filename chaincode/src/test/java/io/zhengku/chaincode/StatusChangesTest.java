package io.zhengku.chaincode;

import static io.zhengku.chaincode.AnchoringTest.LICENCE_RECORD;
import static io.zhengku.chaincode.RefusalAssertions.assertRefused;
import static io.zhengku.chaincode.Samples.SHANGHAI;
import static io.zhengku.chaincode.Samples.SH_LICENCE_1;
import static io.zhengku.chaincode.Samples.SH_LICENCE_2;
import static io.zhengku.chaincode.Samples.SH_MARKET;
import static io.zhengku.chaincode.Samples.ZHEJIANG;
import static io.zhengku.chaincode.Samples.ZJ_LICENCE_1;
import static io.zhengku.chaincode.Samples.ZJ_MARKET;
import static io.zhengku.chaincode.Samples.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.RefusalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusChangesTest {

    static final String HEAD = LICENCE_RECORD.substring(0, LICENCE_RECORD.indexOf("\"leafIndex\""));
    static final String CHANGED = "\"statusChangedAt\":\"2026-11-02T08:00:00Z\",\"statusTxId\":\"4f1c2e0d9b8a\",";
    static final String SUSPENDED_RECORD = HEAD + "\"leafIndex\":0,\"reasonCode\":\"HOLDER_REQUEST\",\"reasonText\":\"持证人申请暂停\","
            + "\"sha256\":\"" + sha(1) + "\",\"status\":\"SUSPENDED\"," + CHANGED + "\"txId\":\"4f1c2e0d9b8a\"}";
    static final String REPLACEMENT_RECORD = LICENCE_RECORD.replace(sha(1), sha(3)).replace(SH_LICENCE_1, SH_LICENCE_2);

    private final ZhengkuContract contract = new ZhengkuContract();
    private final LedgerMock ledger = new LedgerMock().as(SHANGHAI, false).holding(Keys.document(sha(1)), LICENCE_RECORD);

    @Test
    void suspending_writes_the_status_and_reason_as_golden_bytes() {
        String stored = contract.suspend(ledger.ctx, sha(1), "HOLDER_REQUEST", "持证人申请暂停");

        assertThat(ledger.written(Keys.document(sha(1)))).isEqualTo(SUSPENDED_RECORD).isEqualTo(stored);
    }

    @Test
    void a_status_change_sets_one_StatusChanged_event() {
        contract.suspend(ledger.ctx, sha(1), "HOLDER_REQUEST", "持证人申请暂停");

        assertThat(ledger.event("StatusChanged")).isEqualTo("{\"id\":\"" + SH_LICENCE_1 + "\",\"issuer\":\"" + SH_MARKET + "\","
                + "\"issuerMsp\":\"ShanghaiMSP\",\"previousStatus\":\"ACTIVE\",\"reasonCode\":\"HOLDER_REQUEST\","
                + "\"reasonText\":\"持证人申请暂停\",\"sha256\":\"" + sha(1) + "\",\"status\":\"SUSPENDED\","
                + CHANGED.substring(0, CHANGED.length() - 1) + "}");
    }

    @Test
    void a_status_change_keeps_the_key_level_policy_set_at_anchoring() {
        contract.suspend(ledger.ctx, sha(1), "HOLDER_REQUEST", "持证人申请暂停");

        verify(ledger.stub, never()).setStateValidationParameter(anyString(), any());
    }

    @Test
    void reinstating_a_suspended_document_makes_it_active_without_a_reason() {
        ledger.holding(Keys.document(sha(1)), SUSPENDED_RECORD);

        contract.reinstate(ledger.ctx, sha(1));

        assertThat(ledger.written(Keys.document(sha(1)))).isEqualTo(HEAD + "\"leafIndex\":0,\"sha256\":\"" + sha(1) + "\","
                + "\"status\":\"ACTIVE\"," + CHANGED + "\"txId\":\"4f1c2e0d9b8a\"}");
    }

    @Test
    void revoking_a_suspended_document_is_final() {
        ledger.holding(Keys.document(sha(1)), SUSPENDED_RECORD);

        String stored = contract.revoke(ledger.ctx, sha(1), "FRAUD", "以欺骗手段取得");

        assertThat(stored).isEqualTo(SUSPENDED_RECORD.replace("HOLDER_REQUEST", "FRAUD").replace("持证人申请暂停", "以欺骗手段取得")
                .replace("SUSPENDED", "REVOKED"));
    }

    @Test
    void superseding_points_to_an_active_replacement_of_the_same_issuer() {
        ledger.holding(Keys.document(sha(3)), REPLACEMENT_RECORD);

        contract.supersede(ledger.ctx, sha(1), sha(3));

        assertThat(ledger.written(Keys.document(sha(1)))).isEqualTo(HEAD + "\"leafIndex\":0,\"sha256\":\"" + sha(1) + "\","
                + "\"status\":\"SUPERSEDED\"," + CHANGED + "\"supersededBy\":\"" + sha(3) + "\",\"txId\":\"4f1c2e0d9b8a\"}");
        ledger.assertNotWritten(Keys.document(sha(3)));
    }

    @Test
    void zhejiang_admin_cannot_revoke_a_shanghai_document() {
        ledger.as(ZHEJIANG, true);

        assertRefused(() -> contract.revoke(ledger.ctx, sha(1), "FRAUD", "跨区域吊销"), RefusalCode.FOREIGN_REGION);
        ledger.assertUnchanged();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = "REVOKED", mode = EnumSource.Mode.EXCLUDE)
    void nothing_changes_a_revoked_document(DocumentStatus next) {
        ledger.holding(Keys.document(sha(1)), SUSPENDED_RECORD.replace("SUSPENDED", "REVOKED"))
                .holding(Keys.document(sha(3)), REPLACEMENT_RECORD);

        assertRefused(() -> changeTo(next), RefusalCode.ILLEGAL_STATUS_TRANSITION);
        assertRefused(() -> contract.revoke(ledger.ctx, sha(1), "FRAUD", "再次吊销"), RefusalCode.ILLEGAL_STATUS_TRANSITION);
        ledger.assertUnchanged();
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE, ACTIVE", "SUPERSEDED, ACTIVE", "SUPERSEDED, SUSPENDED", "SUPERSEDED, SUPERSEDED"})
    void illegal_transitions_are_refused(DocumentStatus current, DocumentStatus next) {
        ledger.holding(Keys.document(sha(1)), LICENCE_RECORD.replace("\"ACTIVE\"", "\"" + current + "\""))
                .holding(Keys.document(sha(3)), REPLACEMENT_RECORD);

        assertRefused(() -> changeTo(next), RefusalCode.ILLEGAL_STATUS_TRANSITION);
        ledger.assertUnchanged();
    }

    @Test
    void a_superseded_document_may_still_be_revoked() {
        ledger.holding(Keys.document(sha(1)), LICENCE_RECORD.replace("\"ACTIVE\"", "\"SUPERSEDED\""));

        assertThat(contract.revoke(ledger.ctx, sha(1), "FRAUD", "以欺骗手段取得")).contains("\"status\":\"REVOKED\"");
    }

    @Test
    void a_replacement_that_is_not_anchored_is_refused() {
        assertRefused(() -> contract.supersede(ledger.ctx, sha(1), sha(3)), RefusalCode.NOT_FOUND);
        ledger.assertUnchanged();
    }

    @Test
    void a_replacement_of_another_issuer_is_refused() {
        ledger.holding(Keys.document(sha(3)), LICENCE_RECORD.replace(sha(1), sha(3)).replace(SH_LICENCE_1, ZJ_LICENCE_1)
                .replace(SH_MARKET, ZJ_MARKET).replace(SHANGHAI, ZHEJIANG));

        assertRefused(() -> contract.supersede(ledger.ctx, sha(1), sha(3)), RefusalCode.DIGEST_ANCHORED_BY_OTHER_ISSUER);
        ledger.assertUnchanged();
    }

    @Test
    void a_replacement_that_is_not_active_is_refused() {
        ledger.holding(Keys.document(sha(3)), REPLACEMENT_RECORD.replace("\"ACTIVE\"", "\"REVOKED\""));

        assertRefused(() -> contract.supersede(ledger.ctx, sha(1), sha(3)), RefusalCode.ILLEGAL_STATUS_TRANSITION);
        ledger.assertUnchanged();
    }

    @Test
    void a_document_cannot_supersede_itself() {
        assertRefused(() -> contract.supersede(ledger.ctx, sha(1), sha(1)), RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }

    @Test
    void changing_a_document_that_is_not_anchored_is_refused() {
        assertRefused(() -> contract.suspend(ledger.ctx, sha(2), "HOLDER_REQUEST", "暂停"), RefusalCode.NOT_FOUND);
        ledger.assertUnchanged();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0000000000000000000000000000000000000000000000000000000000000001|holder request|暂停",
        "0000000000000000000000000000000000000000000000000000000000000001|HOLDER_REQUEST|第一行\\n第二行",
        "0000000000000000000000000000000000000000000000000000000000000001|HOLDER_REQUEST|' 暂停'",
        "0000000000000000000000000000000000000000000000000000000000000001|HOLDER_REQUEST|''",
        "000000000000000000000000000000000000000000000000000000000000000G|HOLDER_REQUEST|暂停"})
    void a_malformed_reason_or_digest_is_refused(String sha256, String reasonCode, String reasonText) {
        assertRefused(() -> contract.suspend(ledger.ctx, sha256, reasonCode, reasonText.replace("\\n", "\n")),
                RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }

    private void changeTo(DocumentStatus next) {
        switch (next) {
            case ACTIVE -> contract.reinstate(ledger.ctx, sha(1));
            case SUSPENDED -> contract.suspend(ledger.ctx, sha(1), "HOLDER_REQUEST", "暂停");
            case SUPERSEDED -> contract.supersede(ledger.ctx, sha(1), sha(3));
            case REVOKED -> contract.revoke(ledger.ctx, sha(1), "FRAUD", "吊销");
        }
    }
}
