package io.zhengku.ledger;

import static io.zhengku.ledger.Samples.material;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.LastStatusChange;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.LedgerException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LedgerRecordsTest {

    private static final AnchorEntry ENTRY = material(7);

    /** A record with the fields and values the contract writes. */
    private static Map<String, Object> record() {
        Map<String, Object> json = new TreeMap<>();
        json.put("sha256", ENTRY.sha256());
        json.put("id", ENTRY.documentId());
        json.put("issuer", ENTRY.issuerCode());
        json.put("issuerMsp", "ShanghaiMSP");
        json.put("status", "ACTIVE");
        json.put("batchId", "sh-1");
        json.put("leafIndex", 3);
        json.put("auditPath", List.of(Samples.sha(5), Samples.sha(6)));
        json.put("txId", "tx-anchor");
        json.put("anchoredAt", "2026-11-02T08:00:00Z");
        json.put("entry", ENTRY.toJson());
        return json;
    }

    private static Map<String, Object> revoked() {
        Map<String, Object> json = record();
        json.put("status", "REVOKED");
        json.put("statusChangedAt", "2026-11-03T09:30:00Z");
        json.put("statusTxId", "tx-revoke");
        json.put("reasonCode", "HOLDER_REQUEST");
        json.put("reasonText", "business closed");
        return json;
    }

    @Test
    void a_document_record_as_the_contract_writes_it_is_read() throws LedgerException {
        DocumentRecord record = LedgerRecords.documentRecord(CanonicalJson.encodeToString(record()));

        assertThat(record).isEqualTo(new DocumentRecord(ENTRY, "ShanghaiMSP", "sh-1", 3,
                List.of(Samples.sha(5), Samples.sha(6)), "tx-anchor",
                Instant.parse("2026-11-02T08:00:00Z"), DocumentStatus.ACTIVE, null));
        assertThat(record.sha256()).isEqualTo(ENTRY.sha256());
    }

    @Test
    void the_last_status_change_is_read_with_the_record() throws LedgerException {
        DocumentRecord record = LedgerRecords.documentRecord(CanonicalJson.encodeToString(revoked()));

        assertThat(record.status()).isEqualTo(DocumentStatus.REVOKED);
        assertThat(record.lastChange()).isEqualTo(new LastStatusChange(Instant.parse("2026-11-03T09:30:00Z"),
                "tx-revoke", "HOLDER_REQUEST", "business closed", null));
    }

    @Test
    void a_record_whose_keys_disagree_with_its_entry_is_a_malformed_response() {
        Map<String, Object> json = record();
        json.put("sha256", Samples.sha(8));

        assertMalformed(() -> LedgerRecords.documentRecord(CanonicalJson.encodeToString(json)));
    }

    @Test
    void unknown_fields_an_unknown_status_a_bad_time_or_no_json_are_malformed_responses() {
        Map<String, Object> unknownField = record();
        unknownField.put("holderName", "张三");
        Map<String, Object> unknownStatus = record();
        unknownStatus.put("status", "EXPIRED");
        Map<String, Object> badTime = record();
        badTime.put("anchoredAt", "yesterday");
        Map<String, Object> negativeIndex = record();
        negativeIndex.put("leafIndex", -1);

        for (Map<String, Object> json : List.of(unknownField, unknownStatus, badTime, negativeIndex)) {
            assertMalformed(() -> LedgerRecords.documentRecord(CanonicalJson.encodeToString(json)));
        }
        assertMalformed(() -> LedgerRecords.documentRecord("not json"));
    }

    @Test
    void a_history_is_read_in_the_order_the_peer_returns_it() throws LedgerException {
        String json = CanonicalJson.encodeToString(List.of(
                Map.of("txId", "tx-anchor", "timestamp", "2026-11-02T08:00:00Z", "isDelete", false, "value", record()),
                Map.of("txId", "tx-revoke", "timestamp", "2026-11-03T09:30:00Z", "isDelete", false, "value", revoked()),
                Map.of("txId", "tx-delete", "timestamp", "2026-11-04T00:00:00Z", "isDelete", true)));

        List<DocumentVersion> history = DocumentVersion.parseHistory(json);

        assertThat(history).extracting(DocumentVersion::transactionId)
                .containsExactly("tx-anchor", "tx-revoke", "tx-delete");
        assertThat(history.get(1).record().status()).isEqualTo(DocumentStatus.REVOKED);
        assertThat(history.get(2).record()).isNull();
    }

    @Test
    void a_history_that_is_not_an_array_of_versions_is_a_malformed_response() {
        assertMalformed(() -> DocumentVersion.parseHistory("{}"));
        assertMalformed(() -> DocumentVersion.parseHistory("[1]"));
        assertMalformed(() -> DocumentVersion.parseHistory("[{\"txId\":\"t\"}]"));
        assertMalformed(() -> DocumentVersion.parseHistory("[,]"));
    }

    @Test
    void a_batch_record_as_the_contract_writes_it_is_read() throws LedgerException {
        AnchorBatch batch = AnchorBatch.of("sh-1", List.of(material(1), material(2), material(3)));

        assertThat(LedgerRecords.batchRecord(batchJson(batch, 3))).isEqualTo(new BatchRecord("sh-1", batch.merkleRoot(),
                3, "ShanghaiMSP", "tx-anchor", Instant.parse("2026-11-02T08:00:00Z")));
    }

    @Test
    void a_batch_record_of_no_entries_is_a_malformed_response() {
        AnchorBatch batch = AnchorBatch.of("sh-1", List.of(material(1)));

        assertMalformed(() -> LedgerRecords.batchRecord(batchJson(batch, 0)));
    }

    private static String batchJson(AnchorBatch batch, long size) {
        return CanonicalJson.encodeToString(Map.of("batchId", batch.batchId(), "merkleRoot", batch.merkleRoot(),
                "size", size, "issuerMsp", "ShanghaiMSP", "txId", "tx-anchor", "anchoredAt", "2026-11-02T08:00:00Z"));
    }

    private static void assertMalformed(ThrowingCallable parse) {
        LedgerException e = catchThrowableOfType(LedgerException.class, parse);
        assertThat(e).as("a LedgerException").isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
        assertThat(e.isTransient()).isFalse();
    }
}
