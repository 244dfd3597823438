package io.zhengku.chaincode;

import static io.zhengku.chaincode.RefusalAssertions.assertRefused;
import static io.zhengku.chaincode.Samples.SHANGHAI;
import static io.zhengku.chaincode.Samples.SH_HEALTH_SEAL;
import static io.zhengku.chaincode.Samples.SH_LICENCE_1;
import static io.zhengku.chaincode.Samples.SH_LICENCE_2;
import static io.zhengku.chaincode.Samples.SH_MARKET;
import static io.zhengku.chaincode.Samples.SH_MARKET_SEAL;
import static io.zhengku.chaincode.Samples.SH_MARKET_SEAL_PEM;
import static io.zhengku.chaincode.Samples.ZHEJIANG;
import static io.zhengku.chaincode.Samples.ZJ_MARKET;
import static io.zhengku.chaincode.Samples.batch;
import static io.zhengku.chaincode.Samples.licence;
import static io.zhengku.chaincode.Samples.material;
import static io.zhengku.chaincode.Samples.sha;
import static io.zhengku.chaincode.Samples.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.zhengku.core.anchor.RefusalCode;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnchoringTest {

    static final String BATCH_ID = "sh-20261102-0001";
    static final String ROOT = "162e0a505bb618f87f3af4bcf14a05990276ca056e995eb53c115aba39179661";
    /** Each document's audit path in the two-entry batch: the other entry's leaf hash. */
    static final String LICENCE_PATH = "0d18848fea72427fe532dee4f2f12407c6afa93da03dd1cb37ad70ed14c536c7";
    static final String MATERIAL_PATH = "4576250cbbf8244c3ce7cb7b5896a406bd3126eaacaeb9579d5c35c0a69ba7ff";
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
    static final String BATCH_RECORD = "{\"anchoredAt\":\"2026-11-02T08:00:00Z\",\"batchId\":\"sh-20261102-0001\","
            + "\"issuerMsp\":\"ShanghaiMSP\",\"merkleRoot\":\"" + ROOT + "\",\"size\":2,\"txId\":\"4f1c2e0d9b8a\"}";
    /** AND(ShanghaiMSP.peer, OutOf(1, ZhejiangMSP.peer)), serialized by hand from the Fabric protos' field numbers. */
    static final String SHANGHAI_AND_ZHEJIANG_POLICY = "12121210080212020800120812060801120208011a11120f0a0b"
            + "5368616e676861694d535010031a11120f0a0b5a68656a69616e674d53501003";

    private final ZhengkuContract contract = new ZhengkuContract(3);
    private final LedgerMock ledger = Samples.registry(new LedgerMock()).withRegions(SHANGHAI, ZHEJIANG).as(SHANGHAI, false);

    private String twoDocuments() {
        return batch(BATCH_ID, List.of(licence(1, SH_LICENCE_1), material(2)));
    }

    @Test
    void anchoring_a_batch_writes_each_document_as_golden_bytes() {
        contract.anchorBatch(ledger.ctx, twoDocuments());

        assertThat(ledger.written(Keys.document(sha(1)))).isEqualTo(LICENCE_RECORD);
        assertThat(ledger.written(Keys.document(sha(2)))).isEqualTo(MATERIAL_RECORD);
    }

    @Test
    void anchoring_indexes_each_document_id_and_records_the_batch_with_its_root() {
        contract.anchorBatch(ledger.ctx, twoDocuments());

        assertThat(ledger.written("\u0000documentId\u0000" + SH_LICENCE_1 + "\u0000"))
                .isEqualTo("{\"sha256\":\"" + sha(1) + "\"}");
        assertThat(ledger.written(Keys.documentId("M." + SH_MARKET + ".A2"))).isEqualTo("{\"sha256\":\"" + sha(2) + "\"}");
        assertThat(ledger.written("\u0000batch\u0000" + BATCH_ID + "\u0000")).isEqualTo(BATCH_RECORD);
    }

    @Test
    void each_document_and_the_batch_require_the_issuing_region_and_one_other_region() {
        contract.anchorBatch(ledger.ctx, twoDocuments());

        for (String key : List.of(Keys.document(sha(1)), Keys.document(sha(2)), Keys.batch(BATCH_ID))) {
            assertThat(HexFormat.of().formatHex(ledger.policyOn(key))).isEqualTo(SHANGHAI_AND_ZHEJIANG_POLICY);
        }
    }

    @Test
    void anchoring_sets_one_BatchAnchored_event_with_the_root_and_the_digests() {
        contract.anchorBatch(ledger.ctx, twoDocuments());

        assertThat(ledger.event("BatchAnchored")).isEqualTo("{\"anchored\":[\"" + sha(1) + "\",\"" + sha(2) + "\"],"
                + BATCH_RECORD.substring(1));
    }

    @Test
    void the_result_is_the_batch_record_with_what_was_anchored_now_and_before() {
        String result = contract.anchorBatch(ledger.ctx, twoDocuments());

        assertThat(result).isEqualTo("{\"alreadyAnchored\":[],\"anchored\":[\"" + sha(1) + "\",\"" + sha(2) + "\"],"
                + BATCH_RECORD.substring(1));
    }

    @Test
    void any_client_of_the_region_may_anchor_not_only_its_admin() {
        ledger.as(SHANGHAI, false);

        contract.anchorBatch(ledger.ctx, twoDocuments());

        assertThat(ledger.written(Keys.batch(BATCH_ID))).isEqualTo(BATCH_RECORD);
    }

    @Test
    void re_anchoring_a_digest_of_the_same_issuer_leaves_it_untouched_and_reports_it() {
        ledger.holding(Keys.document(sha(1)), LICENCE_RECORD);

        String result = contract.anchorBatch(ledger.ctx, twoDocuments());

        ledger.assertNotWritten(Keys.document(sha(1)));
        verify(ledger.stub, never()).putState(Keys.documentId(SH_LICENCE_1), ("{\"sha256\":\"" + sha(1) + "\"}").getBytes());
        assertThat(ledger.written(Keys.document(sha(2)))).isEqualTo(MATERIAL_RECORD);
        assertThat(result).startsWith("{\"alreadyAnchored\":[\"" + sha(1) + "\"],\"anchored\":[\"" + sha(2) + "\"],");
    }

    @Test
    void submitting_an_anchored_batch_again_writes_nothing_and_returns_the_first_record() {
        ledger.holding(Keys.batch(BATCH_ID), BATCH_RECORD);

        String result = contract.anchorBatch(ledger.ctx, twoDocuments());

        ledger.assertUnchanged();
        assertThat(result).isEqualTo("{\"alreadyAnchored\":[\"" + sha(1) + "\",\"" + sha(2) + "\"],\"anchored\":[],"
                + BATCH_RECORD.substring(1));
    }

    @Test
    void a_batch_id_anchored_with_another_root_is_refused() {
        ledger.holding(Keys.batch(BATCH_ID), BATCH_RECORD.replace(ROOT, sha(7)));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, twoDocuments()), RefusalCode.BATCH_EXISTS);
        ledger.assertUnchanged();
    }

    @Test
    void a_batch_id_anchored_by_another_region_is_refused() {
        ledger.holding(Keys.batch(BATCH_ID), BATCH_RECORD.replace(SHANGHAI, ZHEJIANG));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, twoDocuments()), RefusalCode.BATCH_EXISTS);
        ledger.assertUnchanged();
    }

    @Test
    void a_digest_anchored_by_another_issuer_is_refused_and_nothing_is_written() {
        ledger.holding(Keys.document(sha(2)), MATERIAL_RECORD.replace(SH_MARKET, ZJ_MARKET));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, twoDocuments()), RefusalCode.DIGEST_ANCHORED_BY_OTHER_ISSUER)
                .hasMessageContaining("batch entry 1");
        ledger.assertUnchanged();
    }

    @Test
    void a_document_id_anchored_for_another_digest_is_refused() {
        ledger.holding(Keys.documentId(SH_LICENCE_1), "{\"sha256\":\"" + sha(9) + "\"}");

        assertRefused(() -> contract.anchorBatch(ledger.ctx, twoDocuments()), RefusalCode.DOCUMENT_ID_TAKEN);
        ledger.assertUnchanged();
    }

    @Test
    void a_shanghai_department_cannot_anchor_a_type_it_is_not_registered_for() {
        Map<String, Object> foodPermit = with(material(3), "typeCode", Samples.FOOD_PERMIT);

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch(BATCH_ID, List.of(licence(1, SH_LICENCE_1), foodPermit))),
                RefusalCode.TYPE_NOT_REGISTERED).hasMessageContaining("batch entry 1");
        ledger.assertUnchanged();
    }

    @Test
    void zhejiang_cannot_anchor_for_a_shanghai_department() {
        ledger.as(ZHEJIANG, true);

        assertRefused(() -> contract.anchorBatch(ledger.ctx, twoDocuments()), RefusalCode.FOREIGN_REGION);
        ledger.assertUnchanged();
    }

    @Test
    void an_unregistered_department_is_refused() {
        Map<String, Object> entry = with(with(licence(1, SH_LICENCE_1), "issuerCode", "11430000006122244L"),
                "documentId", "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U");
        entry = with(entry, "typeCode", "11100000000013338W011");

        String batch = batch(BATCH_ID, List.of(entry));
        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.UNKNOWN_DEPARTMENT);
        ledger.assertUnchanged();
    }

    @Test
    void an_unregistered_seal_is_refused() {
        String batch = batch(BATCH_ID, List.of(with(licence(1, SH_LICENCE_1), "sealFingerprint", sha(0x5ea1))));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.UNKNOWN_SEAL);
        ledger.assertUnchanged();
    }

    @Test
    void another_departments_seal_is_refused() {
        String batch = batch(BATCH_ID, List.of(with(licence(1, SH_LICENCE_1), "sealFingerprint", SH_HEALTH_SEAL)));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.SEAL_NOT_OF_ISSUER);
        ledger.assertUnchanged();
    }

    @Test
    void a_retired_seal_is_refused() {
        ledger.holding(Keys.seal(SH_MARKET_SEAL), Samples.seal(SH_MARKET_SEAL_PEM, SH_MARKET, "2026-10-01T00:00:00Z"));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, twoDocuments()), RefusalCode.SEAL_RETIRED);
        ledger.assertUnchanged();
    }

    @ParameterizedTest(name = "valid {0} to {1}")
    @CsvSource({"2024-01-01T00:00:00Z, 2026-11-02T07:59:59Z", "2026-11-02T08:00:01Z, 2028-01-01T00:00:00Z"})
    void a_seal_not_valid_at_the_transaction_time_is_refused(String notBefore, String notAfter) {
        String pem = TestPki.sealPem(SealAlgorithm.SM2, notBefore, notAfter, "window");
        String fingerprint = SealCertificate.fromPem(pem).fingerprint();
        ledger.holding(Keys.seal(fingerprint), Samples.seal(pem, SH_MARKET, null));
        String batch = batch(BATCH_ID, List.of(with(licence(1, SH_LICENCE_1), "sealFingerprint", fingerprint)));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.SEAL_NOT_VALID_AT_ANCHOR_TIME);
        ledger.assertUnchanged();
    }

    @Test
    void a_seal_is_valid_on_the_last_second_of_its_window() {
        String pem = TestPki.sealPem(SealAlgorithm.SM2, "2024-01-01T00:00:00Z", "2026-11-02T08:00:00Z", "edge");
        String fingerprint = SealCertificate.fromPem(pem).fingerprint();
        ledger.holding(Keys.seal(fingerprint), Samples.seal(pem, SH_MARKET, null));

        contract.anchorBatch(ledger.ctx, batch(BATCH_ID, List.of(with(licence(1, SH_LICENCE_1), "sealFingerprint", fingerprint))));

        verify(ledger.stub).setEvent(anyString(), any());
    }

    @Test
    void without_another_region_no_document_can_be_anchored() {
        LedgerMock alone = Samples.registry(new LedgerMock()).withRegions(SHANGHAI).as(SHANGHAI, false);

        assertRefused(() -> contract.anchorBatch(alone.ctx, twoDocuments()), RefusalCode.NO_OTHER_REGION);
        alone.assertUnchanged();
    }

    @Test
    void a_root_that_is_not_the_root_of_the_entries_is_refused() {
        String batch = batch(BATCH_ID, sha(1), List.of(licence(1, SH_LICENCE_1), material(2)));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.BATCH_ROOT_MISMATCH);
        ledger.assertUnchanged();
    }

    @Test
    void the_same_digest_twice_in_one_batch_is_refused() {
        String batch = batch(BATCH_ID, List.of(licence(1, SH_LICENCE_1), with(material(2), "sha256", sha(1))));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.DUPLICATE_IN_BATCH);
        ledger.assertUnchanged();
    }

    @Test
    void the_same_document_id_twice_in_one_batch_is_refused() {
        String batch = batch(BATCH_ID, List.of(licence(1, SH_LICENCE_1), licence(2, SH_LICENCE_1)));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.DUPLICATE_IN_BATCH);
        ledger.assertUnchanged();
    }

    @Test
    void a_batch_over_the_configured_limit_is_refused() {
        String batch = batch(BATCH_ID, List.of(licence(1, SH_LICENCE_1), licence(2, SH_LICENCE_2), material(3), material(4)));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.BATCH_TOO_LARGE);
        ledger.assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"holderName", "sha256", "sm3", "documentId", "validUntil"})
    void a_malformed_entry_is_refused_as_an_invalid_argument_naming_its_index(String field) {
        Map<String, Object> malformed = switch (field) {
            case "holderName" -> with(material(2), field, "张三");
            case "sha256" -> with(material(2), field, sha(2).replace("0", "A"));
            case "documentId" -> with(material(2), field, "M." + ZJ_MARKET + ".A2");
            default -> with(material(2), field, 20261102);
        };
        String batch = batch(BATCH_ID, List.of(licence(1, SH_LICENCE_1), malformed));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.INVALID_ARGUMENT)
                .hasMessageContaining("batch entry 1");
        ledger.assertUnchanged();
    }

    @Test
    void a_refused_entry_says_what_was_wrong_after_the_code() {
        String batch = batch(BATCH_ID, List.of(with(licence(1, SH_LICENCE_1), "validUntil", "2026-11-01")));

        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.INVALID_ARGUMENT)
                .hasMessage("INVALID_ARGUMENT: batch entry 0: validUntil 2026-11-01 is before validFrom 2026-11-02");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{\"batchId\":\"b 1\"}", "{\"size\":1}", "{\"size\":0,\"entries\":[]}"})
    void a_malformed_batch_is_refused_as_an_invalid_argument(String batch) {
        assertRefused(() -> contract.anchorBatch(ledger.ctx, batch), RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }
}
