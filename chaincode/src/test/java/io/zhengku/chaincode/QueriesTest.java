package io.zhengku.chaincode;

import static io.zhengku.chaincode.AnchoringTest.BATCH_ID;
import static io.zhengku.chaincode.AnchoringTest.BATCH_RECORD;
import static io.zhengku.chaincode.AnchoringTest.LICENCE_RECORD;
import static io.zhengku.chaincode.RefusalAssertions.assertRefused;
import static io.zhengku.chaincode.Samples.SHANGHAI;
import static io.zhengku.chaincode.Samples.SH_LICENCE_1;
import static io.zhengku.chaincode.Samples.SH_MARKET;
import static io.zhengku.chaincode.Samples.SH_MARKET_SEAL;
import static io.zhengku.chaincode.Samples.ZHEJIANG;
import static io.zhengku.chaincode.Samples.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.junit.jupiter.api.Test;

class QueriesTest {

    private final ZhengkuContract contract = new ZhengkuContract();
    private final LedgerMock ledger = Samples.registry(new LedgerMock()).withRegions(SHANGHAI, ZHEJIANG).as(ZHEJIANG, false)
            .holding(Keys.document(sha(1)), LICENCE_RECORD)
            .holding(Keys.documentId(SH_LICENCE_1), "{\"sha256\":\"" + sha(1) + "\"}")
            .holding(Keys.batch(BATCH_ID), BATCH_RECORD);

    @Test
    @SuppressWarnings("unchecked")
    void any_region_finds_a_document_by_digest_with_the_fields_clients_rely_on() {
        String record = contract.findByDigest(ledger.ctx, sha(1));

        assertThat(record).isEqualTo(LICENCE_RECORD);
        assertThat((Map<String, Object>) CanonicalJson.parse(record.getBytes(StandardCharsets.UTF_8)))
                .containsEntry("sha256", sha(1)).containsEntry("id", SH_LICENCE_1).containsEntry("issuer", SH_MARKET)
                .containsEntry("status", "ACTIVE").containsEntry("batchId", BATCH_ID);
    }

    @Test
    void a_document_is_found_by_its_licence_identifier() {
        assertThat(contract.findById(ledger.ctx, SH_LICENCE_1)).isEqualTo(LICENCE_RECORD);
    }

    @Test
    void the_evidence_holds_the_record_its_batch_its_issuers_entry_and_its_seal_as_stored_in_one_answer() {
        String evidence = "{\"batch\":" + BATCH_RECORD + ",\"department\":" + contract.findDepartment(ledger.ctx, SH_MARKET)
                + ",\"record\":" + LICENCE_RECORD + ",\"seal\":" + contract.findSeal(ledger.ctx, SH_MARKET_SEAL) + "}";

        assertThat(contract.findEvidence(ledger.ctx, sha(1))).isEqualTo(evidence);
        assertThat(contract.findEvidenceById(ledger.ctx, SH_LICENCE_1)).isEqualTo(evidence);
        assertThat(CanonicalJson.encodeToString(CanonicalJson.parse(evidence.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(evidence);
    }

    @Test
    void the_history_lists_every_version_with_its_transaction_and_time() {
        KeyModification anchored = modification("tx-anchor", "2026-11-02T08:00:00Z", LICENCE_RECORD);
        KeyModification deleted = mock(KeyModification.class);
        when(deleted.getTxId()).thenReturn("tx-delete");
        when(deleted.getTimestamp()).thenReturn(Instant.parse("2026-11-03T09:30:00Z"));
        when(deleted.isDeleted()).thenReturn(true);
        when(ledger.stub.getHistoryForKey(Keys.document(sha(1)))).thenReturn(LedgerMock.results(List.of(anchored, deleted)));

        assertThat(contract.history(ledger.ctx, sha(1))).isEqualTo("[{\"isDelete\":false,\"timestamp\":\"2026-11-02T08:00:00Z\","
                + "\"txId\":\"tx-anchor\",\"value\":" + LICENCE_RECORD + "},"
                + "{\"isDelete\":true,\"timestamp\":\"2026-11-03T09:30:00Z\",\"txId\":\"tx-delete\"}]");
    }

    @Test
    void a_document_without_history_is_not_found() {
        when(ledger.stub.getHistoryForKey(Keys.document(sha(2)))).thenReturn(LedgerMock.results(List.of()));

        assertRefused(() -> contract.history(ledger.ctx, sha(2)), RefusalCode.NOT_FOUND);
    }

    @Test
    void batches_departments_seals_and_regions_are_readable_by_every_region() {
        assertThat(contract.findBatch(ledger.ctx, BATCH_ID)).isEqualTo(BATCH_RECORD);
        assertThat(contract.findDepartment(ledger.ctx, SH_MARKET)).contains("\"msp\":\"ShanghaiMSP\"");
        assertThat(contract.findSeal(ledger.ctx, SH_MARKET_SEAL)).contains("\"fingerprint\":\"" + SH_MARKET_SEAL + "\"");
        assertThat(contract.listRegions(ledger.ctx)).isEqualTo(
                "[{\"joinedAt\":\"2026-01-02T00:00:00Z\",\"msp\":\"ShanghaiMSP\",\"txId\":\"r\"},"
                + "{\"joinedAt\":\"2026-01-02T00:00:00Z\",\"msp\":\"ZhejiangMSP\",\"txId\":\"r\"}]");
    }

    @Test
    void absent_records_are_not_found() {
        assertRefused(() -> contract.findByDigest(ledger.ctx, sha(2)), RefusalCode.NOT_FOUND);
        assertRefused(() -> contract.findById(ledger.ctx, "M." + SH_MARKET + ".X1"), RefusalCode.NOT_FOUND);
        assertRefused(() -> contract.findEvidence(ledger.ctx, sha(2)), RefusalCode.NOT_FOUND);
        assertRefused(() -> contract.findEvidenceById(ledger.ctx, "M." + SH_MARKET + ".X1"), RefusalCode.NOT_FOUND);
        assertRefused(() -> contract.findBatch(ledger.ctx, "sh-unknown"), RefusalCode.NOT_FOUND);
        assertRefused(() -> contract.findDepartment(ledger.ctx, "11430000006122244L"), RefusalCode.NOT_FOUND);
        assertRefused(() -> contract.findSeal(ledger.ctx, sha(0x5ea1)), RefusalCode.NOT_FOUND);
    }

    @Test
    void malformed_lookups_are_refused_as_invalid_arguments() {
        assertRefused(() -> contract.findByDigest(ledger.ctx, sha(1).toUpperCase().replace("0", "A")), RefusalCode.INVALID_ARGUMENT);
        assertRefused(() -> contract.findById(ledger.ctx, SH_LICENCE_1.replace(".M", ".N")), RefusalCode.INVALID_ARGUMENT);
        assertRefused(() -> contract.findById(ledger.ctx, "M.113100000024178544.lower"), RefusalCode.INVALID_ARGUMENT);
        assertRefused(() -> contract.findBatch(ledger.ctx, "sh 1"), RefusalCode.INVALID_ARGUMENT);
        assertRefused(() -> contract.findDepartment(ledger.ctx, "113100000024178545"), RefusalCode.INVALID_ARGUMENT);
        assertRefused(() -> contract.findSeal(ledger.ctx, "abc"), RefusalCode.INVALID_ARGUMENT);
    }

    private static KeyModification modification(String txId, String timestamp, String value) {
        KeyModification modification = mock(KeyModification.class);
        when(modification.getTxId()).thenReturn(txId);
        when(modification.getTimestamp()).thenReturn(Instant.parse(timestamp));
        when(modification.getValue()).thenReturn(value.getBytes(StandardCharsets.UTF_8));
        return modification;
    }
}
