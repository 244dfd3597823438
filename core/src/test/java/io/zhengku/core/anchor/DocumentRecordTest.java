package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.AnchorSamples.SH_LICENCE_1;
import static io.zhengku.core.anchor.AnchorSamples.invalidField;
import static io.zhengku.core.anchor.AnchorSamples.licence;
import static io.zhengku.core.anchor.AnchorSamples.material;
import static io.zhengku.core.anchor.AnchorSamples.sha;
import static io.zhengku.core.json.InvalidFieldException.Reason.INCONSISTENT;
import static io.zhengku.core.json.InvalidFieldException.Reason.MALFORMED;
import static io.zhengku.core.json.InvalidFieldException.Reason.NOT_JSON;
import static io.zhengku.core.json.InvalidFieldException.Reason.UNKNOWN_FIELD;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.merkle.MerkleProofException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentRecordTest {

    private static final Instant ANCHORED_AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final String TX = "4f1c2e0d9b8a";

    /** Each one's audit path in the two-entry batch of BatchRecordTest's golden record: the other's leaf hash. */
    private static final String LICENCE_PATH = "0d18848fea72427fe532dee4f2f12407c6afa93da03dd1cb37ad70ed14c536c7";
    private static final String MATERIAL_PATH = "4576250cbbf8244c3ce7cb7b5896a406bd3126eaacaeb9579d5c35c0a69ba7ff";
    /** The bytes the contract writes (the chaincode's AnchoringTest pinned them first). */
    static final String LICENCE_RECORD = "{\"anchoredAt\":\"2026-11-02T08:00:00Z\",\"auditPath\":[\"" + LICENCE_PATH
            + "\"],\"batchId\":\"sh-20261102-0001\","
            + "\"entry\":{\"documentId\":\"1.2.156.3005.2.11100000000013338W011.113100000024178544.2026000001.001.M\","
            + "\"issuerCode\":\"113100000024178544\",\"kind\":\"LICENCE\","
            + "\"metadataCommitment\":\"0000000000000000000000000000000000000000000000000000000000000abc\","
            + "\"sealFingerprint\":\"487bcf1d348d9a8b1056aeeea7896f8246f7a3a2472f553982df9ac0b445a248\","
            + "\"sealSignature\":\"MEUCIQDx3p4m7pJz0l9c8a2h1ZyMQvZ3kq5W8nG7rT2sL0bY4QIgB2m9c4N7x1pQe6sV8aH3kL5tR0wZ2yU7iO9jF1dG3hA=\","
            + "\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000001\","
            + "\"sm3\":\"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0\","
            + "\"typeCode\":\"11100000000013338W011\",\"validFrom\":\"2026-11-02\",\"validUntil\":\"2031-11-01\"},"
            + "\"id\":\"1.2.156.3005.2.11100000000013338W011.113100000024178544.2026000001.001.M\","
            + "\"issuer\":\"113100000024178544\",\"issuerMsp\":\"ShanghaiMSP\",\"leafIndex\":0,"
            + "\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000001\","
            + "\"status\":\"ACTIVE\",\"txId\":\"4f1c2e0d9b8a\"}";
    static final String MATERIAL_RECORD = "{\"anchoredAt\":\"2026-11-02T08:00:00Z\",\"auditPath\":[\"" + MATERIAL_PATH
            + "\"],\"batchId\":\"sh-20261102-0001\","
            + "\"entry\":{\"documentId\":\"M.113100000024178544.A2\",\"issuerCode\":\"113100000024178544\","
            + "\"kind\":\"MATERIAL\","
            + "\"metadataCommitment\":\"0000000000000000000000000000000000000000000000000000000000000def\","
            + "\"sealFingerprint\":\"487bcf1d348d9a8b1056aeeea7896f8246f7a3a2472f553982df9ac0b445a248\","
            + "\"sealSignature\":\"MEUCIQDx3p4m7pJz0l9c8a2h1ZyMQvZ3kq5W8nG7rT2sL0bY4QIgB2m9c4N7x1pQe6sV8aH3kL5tR0wZ2yU7iO9jF1dG3hA=\","
            + "\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000002\","
            + "\"typeCode\":\"21100000000000000M001\",\"validFrom\":\"2026-11-02\"},"
            + "\"id\":\"M.113100000024178544.A2\",\"issuer\":\"113100000024178544\",\"issuerMsp\":\"ShanghaiMSP\","
            + "\"leafIndex\":1,\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000002\","
            + "\"status\":\"ACTIVE\",\"txId\":\"4f1c2e0d9b8a\"}";
    /** The licence after its suspension (the chaincode's StatusChangesTest pinned these first). */
    static final String SUSPENDED_RECORD = LICENCE_RECORD.substring(0, LICENCE_RECORD.indexOf("\"leafIndex\""))
            + "\"leafIndex\":0,\"reasonCode\":\"HOLDER_REQUEST\",\"reasonText\":\"持证人申请暂停\","
            + "\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000001\","
            + "\"status\":\"SUSPENDED\",\"statusChangedAt\":\"2026-11-02T08:00:00Z\",\"statusTxId\":\"4f1c2e0d9b8a\","
            + "\"txId\":\"4f1c2e0d9b8a\"}";
    static final String SUPERSEDED_RECORD = LICENCE_RECORD.substring(0, LICENCE_RECORD.indexOf("\"leafIndex\""))
            + "\"leafIndex\":0,\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000001\","
            + "\"status\":\"SUPERSEDED\",\"statusChangedAt\":\"2026-11-02T08:00:00Z\",\"statusTxId\":\"4f1c2e0d9b8a\","
            + "\"supersededBy\":\"0000000000000000000000000000000000000000000000000000000000000003\","
            + "\"txId\":\"4f1c2e0d9b8a\"}";

    /** The licence and the material anchored together, as the golden batch record of BatchRecordTest. */
    private static final AnchorBatch BATCH = AnchorBatch.of("sh-20261102-0001",
            List.of(licence(1, SH_LICENCE_1), material(2)));

    private static DocumentRecord anchored(int leafIndex) {
        return new DocumentRecord(BATCH.entries().get(leafIndex), "ShanghaiMSP", BATCH.batchId(), leafIndex,
                BATCH.merkleTree().inclusionProof(leafIndex).hexHashes(), TX, ANCHORED_AT, DocumentStatus.ACTIVE, null);
    }

    static Stream<Arguments> records() {
        DocumentRecord licence = anchored(0);
        return Stream.of(
                arguments("a licence with every optional field", licence, LICENCE_RECORD),
                arguments("a material without optional fields", anchored(1), MATERIAL_RECORD),
                arguments("a suspended licence", licence.withStatus(DocumentStatus.SUSPENDED,
                        new LastStatusChange(ANCHORED_AT, TX, "HOLDER_REQUEST", "持证人申请暂停", null)), SUSPENDED_RECORD),
                arguments("a superseded licence", licence.withStatus(DocumentStatus.SUPERSEDED,
                        new LastStatusChange(ANCHORED_AT, TX, null, null, sha(3))), SUPERSEDED_RECORD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void a_record_encodes_to_the_golden_bytes_every_peer_holds_and_reads_back_from_them(String name,
                                                                                       DocumentRecord record,
                                                                                       String golden) {
        assertThat(new String(record.encode(), UTF_8)).isEqualTo(golden);
        assertThat(DocumentRecord.parse(golden)).isEqualTo(record);
    }

    @Test
    void the_golden_records_audit_paths_lead_to_their_golden_batch_s_root() throws MerkleProofException {
        BatchRecord batch = BatchRecord.parse(BatchRecordTest.BATCH_RECORD);

        batch.verifyInclusion(DocumentRecord.parse(LICENCE_RECORD));
        batch.verifyInclusion(DocumentRecord.parse(MATERIAL_RECORD));
    }

    @Test
    void an_audit_path_that_leads_elsewhere_or_a_record_of_another_batch_fails_the_inclusion_check() {
        BatchRecord batch = BatchRecord.parse(BatchRecordTest.BATCH_RECORD);
        DocumentRecord swapped = DocumentRecord.parse(LICENCE_RECORD.replace(LICENCE_PATH, MATERIAL_PATH));
        DocumentRecord elsewhere = DocumentRecord.parse(LICENCE_RECORD.replace("sh-20261102-0001", "sh-20261102-0002"));

        assertThat(catchThrowableOfType(MerkleProofException.class, () -> batch.verifyInclusion(swapped)).reason())
                .isEqualTo(MerkleProofException.Reason.ROOT_MISMATCH);
        assertThatThrownBy(() -> batch.verifyInclusion(elsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sh-20261102-0002");
    }

    @Test
    void the_record_is_found_by_its_entry_s_digest() {
        assertThat(DocumentRecord.parse(LICENCE_RECORD).sha256()).isEqualTo(sha(1));
    }

    static Stream<Arguments> malformedRecords() {
        String field = "document record field ";
        return Stream.of(
                arguments("not JSON", "not json", NOT_JSON, "document record"),
                arguments("a field the contract does not write", LICENCE_RECORD.replace("{\"anchoredAt\"",
                        "{\"holderName\":\"张三\",\"anchoredAt\""), UNKNOWN_FIELD, "document record"),
                arguments("a digest other than the entry's", LICENCE_RECORD.replace("\"sha256\":\"" + sha(1) + "\",\"status\"",
                        "\"sha256\":\"" + sha(8) + "\",\"status\""), INCONSISTENT, field + "sha256"),
                arguments("an issuer other than the entry's", LICENCE_RECORD.replace("\"issuer\":\"113100000024178544\"",
                        "\"issuer\":\"11330000002482293D\""), INCONSISTENT, field + "issuer"),
                arguments("an unknown status", LICENCE_RECORD.replace("ACTIVE", "EXPIRED"), MALFORMED,
                        "document record: status"),
                arguments("a time that is not an instant", LICENCE_RECORD.replace("2026-11-02T08:00:00Z", "yesterday"),
                        MALFORMED, field + "anchoredAt"),
                arguments("a time the contract would spell otherwise", LICENCE_RECORD.replace("2026-11-02T08:00:00Z",
                        "2026-11-02T16:00:00+08:00"), MALFORMED, field + "anchoredAt"),
                arguments("an audit path hash that is not hex", LICENCE_RECORD.replace(LICENCE_PATH, "not-a-hash"),
                        MALFORMED, "document record: auditPath"),
                arguments("a negative leaf index", LICENCE_RECORD.replace("\"leafIndex\":0", "\"leafIndex\":-1"),
                        MALFORMED, "document record: leafIndex"),
                arguments("a reason code without its text", SUSPENDED_RECORD.replace("\"reasonText\":\"持证人申请暂停\",", ""),
                        INCONSISTENT, "document record: reasonText"),
                arguments("a change time not spelled as an instant", SUSPENDED_RECORD.replace(
                        "\"statusChangedAt\":\"2026-11-02T08:00:00Z\"", "\"statusChangedAt\":\"2026-11-02\""),
                        MALFORMED, field + "statusChangedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRecords")
    void a_record_that_is_not_what_the_contract_writes_is_refused_naming_the_field(String problem, String json,
                                                                                  Reason reason, String field) {
        InvalidFieldException e = invalidField(() -> DocumentRecord.parse(json));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.field()).isEqualTo(field);
    }

    @Test
    void a_reason_text_longer_than_the_ledger_keeps_is_refused() {
        String tooLong = "理".repeat(LastStatusChange.MAX_REASON_TEXT_LENGTH + 1);

        InvalidFieldException e = invalidField(() -> new LastStatusChange(ANCHORED_AT, TX, "FRAUD", tooLong, null));

        assertThat(e.reason()).isEqualTo(MALFORMED);
        assertThat(e.field()).isEqualTo("reasonText");
    }
}
