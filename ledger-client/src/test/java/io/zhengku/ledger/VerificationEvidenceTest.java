package io.zhengku.ledger;

import static io.zhengku.ledger.Samples.material;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.merkle.MerkleProofException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationEvidenceTest {

    private static final Instant ANCHORED_AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final AnchorBatch BATCH = AnchorBatch.of("sh-1", List.of(material(1), material(2), material(3)));
    private static final DocumentRecord RECORD = new DocumentRecord(BATCH.entries().get(2), "ShanghaiMSP", "sh-1", 2,
            BATCH.merkleTree().inclusionProof(2).hexHashes(), "tx-anchor", ANCHORED_AT, DocumentStatus.ACTIVE, null);
    private static final String BATCH_RECORD = text(new BatchRecord("sh-1", BATCH.merkleRoot(), 3, "ShanghaiMSP",
            "tx-anchor", ANCHORED_AT).encode());

    /** The answer as the contract concatenates the four stored texts, names in canonical order. */
    private static String answer(String batch, String department, String record, String seal) {
        return "{\"batch\":" + batch + ",\"department\":" + department + ",\"record\":" + record + ",\"seal\":"
                + seal + "}";
    }

    private static String answer() {
        return answer(BATCH_RECORD, RegisteredDepartmentTest.GOLDEN, text(RECORD.encode()), RegisteredSealTest.GOLDEN);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void the_contract_s_answer_is_read_into_its_four_parts() throws LedgerException, MerkleProofException {
        VerificationEvidence evidence = VerificationEvidence.parse(answer());

        assertThat(evidence.record()).isEqualTo(RECORD);
        assertThat(evidence.batch().merkleRoot()).isEqualTo(BATCH.merkleRoot());
        assertThat(evidence.department()).isEqualTo(RegisteredDepartment.parse(RegisteredDepartmentTest.GOLDEN));
        assertThat(evidence.seal()).isEqualTo(RegisteredSeal.parse(RegisteredSealTest.GOLDEN));
        evidence.batch().verifyInclusion(evidence.record());
    }

    @Test
    void an_answer_with_a_part_more_or_less_is_malformed() {
        String extra = answer().replace("{\"batch\":", "{\"holder\":{},\"batch\":");
        String missing = answer().replace(",\"seal\":" + RegisteredSealTest.GOLDEN, "");

        assertMalformed(extra, "holder");
        assertMalformed(missing, "seal");
    }

    @Test
    void a_part_that_is_not_the_one_the_record_names_is_malformed() {
        String otherBatch = BATCH_RECORD.replace("\"sh-1\"", "\"sh-2\"");
        String otherDepartment = RegisteredDepartmentTest.GOLDEN.replace(Samples.SH_MARKET, Samples.ZJ_MARKET)
                .replace("ShanghaiMSP", "ZhejiangMSP");
        String otherSeal = RegisteredSealTest.GOLDEN.replace(Samples.SEAL, Samples.sha(9));
        String record = text(RECORD.encode());

        assertMalformed(answer(otherBatch, RegisteredDepartmentTest.GOLDEN, record, RegisteredSealTest.GOLDEN), "batch");
        assertMalformed(answer(BATCH_RECORD, otherDepartment, record, RegisteredSealTest.GOLDEN), "department");
        assertMalformed(answer(BATCH_RECORD, RegisteredDepartmentTest.GOLDEN, record, otherSeal), "seal");
    }

    @Test
    void a_record_that_is_not_strict_is_malformed_as_if_read_alone() {
        String record = text(RECORD.encode()).replace("\"leafIndex\":2", "\"leafIndex\":-2");

        assertMalformed(answer(BATCH_RECORD, RegisteredDepartmentTest.GOLDEN, record, RegisteredSealTest.GOLDEN),
                "leafIndex");
    }

    private static void assertMalformed(String json, String named) {
        LedgerException e = catchThrowableOfType(LedgerException.class, () -> VerificationEvidence.parse(json));

        assertThat(e.reason()).isEqualTo(LedgerException.Reason.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("verification evidence").contains(named);
    }
}
