package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.AnchorSamples.invalidField;
import static io.zhengku.core.anchor.AnchorSamples.material;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.MerkleProofException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRecordTest {

    private static final String ROOT = "162e0a505bb618f87f3af4bcf14a05990276ca056e995eb53c115aba39179661";
    /** The bytes the contract has written since the channel began (the chaincode's AnchoringTest pinned them first). */
    static final String BATCH_RECORD = "{\"anchoredAt\":\"2026-11-02T08:00:00Z\",\"batchId\":\"sh-20261102-0001\","
            + "\"issuerMsp\":\"ShanghaiMSP\",\"merkleRoot\":\"" + ROOT + "\",\"size\":2,\"txId\":\"4f1c2e0d9b8a\"}";

    private static BatchRecord record(AnchorBatch batch) {
        return new BatchRecord(batch.batchId(), batch.merkleRoot(), batch.entries().size(), "ShanghaiMSP", "tx-anchor",
                Instant.parse("2026-11-02T08:00:00Z"));
    }

    @Test
    void a_batch_record_encodes_to_the_golden_bytes_every_peer_holds_and_reads_back_from_them() {
        BatchRecord record = new BatchRecord("sh-20261102-0001", ROOT, 2, "ShanghaiMSP", "4f1c2e0d9b8a",
                Instant.parse("2026-11-02T08:00:00Z"));

        assertThat(new String(record.encode(), UTF_8)).isEqualTo(BATCH_RECORD);
        assertThat(BatchRecord.parse(BATCH_RECORD)).isEqualTo(record);
    }

    @Test
    void a_batch_record_verifies_a_proof_of_one_of_its_entries() throws MerkleProofException {
        AnchorBatch batch = AnchorBatch.of("sh-1", List.of(material(1), material(2), material(3)));

        record(batch).verifyInclusion(material(3), batch.merkleTree().inclusionProof(2));
    }

    @Test
    void a_batch_record_refuses_a_proof_of_another_entry_or_for_another_size() {
        AnchorBatch batch = AnchorBatch.of("sh-1", List.of(material(1), material(2), material(3)));
        BatchRecord record = record(batch);
        AnchorBatch larger = AnchorBatch.of("sh-2", List.of(material(1), material(2), material(3), material(4)));

        assertThat(catchThrowableOfType(MerkleProofException.class, () -> record.verifyInclusion(material(2),
                batch.merkleTree().inclusionProof(2))).reason()).isEqualTo(MerkleProofException.Reason.ROOT_MISMATCH);
        assertThat(catchThrowableOfType(MerkleProofException.class, () -> record.verifyInclusion(material(3),
                larger.merkleTree().inclusionProof(2))).reason()).isEqualTo(MerkleProofException.Reason.WRONG_PROOF_LENGTH);
    }

    @Test
    void a_batch_of_no_entries_an_unknown_field_or_a_time_spelled_otherwise_is_refused() {
        InvalidFieldException empty = invalidField(() -> BatchRecord.parse(BATCH_RECORD.replace("\"size\":2", "\"size\":0")));
        InvalidFieldException unknown = invalidField(() -> BatchRecord.parse(BATCH_RECORD.replace("}", ",\"anchored\":[]}")));
        InvalidFieldException time = invalidField(() -> BatchRecord.parse(BATCH_RECORD.replace("08:00:00Z", "08:00:00.000Z")));

        assertThat(empty.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(empty.field()).isEqualTo("batch record: size");
        assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
        assertThat(time.field()).isEqualTo("batch record field anchoredAt");
    }

    @Test
    void an_object_that_extends_the_record_is_read_for_the_record_s_fields() {
        String event = "{\"anchored\":[]," + BATCH_RECORD.substring(1);

        assertThat(BatchRecord.readFrom(JsonObjectReader.parse(event, "event")))
                .isEqualTo(BatchRecord.parse(BATCH_RECORD));
    }
}
