package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.AnchorSamples.SH_LICENCE_1;
import static io.zhengku.core.anchor.AnchorSamples.invalidField;
import static io.zhengku.core.anchor.AnchorSamples.licence;
import static io.zhengku.core.anchor.AnchorSamples.material;
import static io.zhengku.core.anchor.AnchorSamples.reader;
import static io.zhengku.core.anchor.AnchorSamples.sha;
import static io.zhengku.core.anchor.AnchorSamples.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.MerkleProofException;
import io.zhengku.core.merkle.MerkleTree;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnchorBatchTest {

    /** The root the chaincode's anchoring tests record for this batch. */
    static final String ROOT = "162e0a505bb618f87f3af4bcf14a05990276ca056e995eb53c115aba39179661";

    private final AnchorBatch twoDocuments = AnchorBatch.of("sh-20261102-0001", List.of(licence(1, SH_LICENCE_1), material(2)));

    private static AnchorBatchException.Reason batchRefusal(ThrowingCallable call) {
        AnchorBatchException e = catchThrowableOfType(AnchorBatchException.class, call);
        assertThat(e).as("an AnchorBatchException").isNotNull();
        return e.reason();
    }

    private static AnchorBatch read(String json, int maxEntries) {
        return AnchorBatch.fromJson(JsonObjectReader.parse(json, "batch"), maxEntries);
    }

    /** Batch JSON with {@code size} and {@code root} as given, so tests can make them wrong. */
    private static String json(String batchId, String root, long size, List<Map<String, Object>> entries) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("batchId", batchId);
        batch.put("merkleRoot", root);
        batch.put("size", size);
        batch.put("entries", entries);
        return CanonicalJson.encodeToString(batch);
    }

    @Test
    void building_a_batch_computes_the_rfc_6962_root_over_the_leaves() {
        assertThat(twoDocuments.merkleRoot()).isEqualTo(ROOT);
    }

    @Test
    void a_batch_reads_back_from_its_json() {
        String json = CanonicalJson.encodeToString(twoDocuments.toJson());

        assertThat(read(json, 2)).isEqualTo(twoDocuments);
        assertThat(json).startsWith("{\"batchId\":\"sh-20261102-0001\",\"entries\":[{").endsWith("],\"merkleRoot\":\""
                + ROOT + "\",\"size\":2}");
    }

    @Test
    void the_root_is_over_the_canonical_leaf_whatever_the_submitted_spacing() {
        String spaced = AnchorEntryTest.LICENCE_LEAF.replace(",", ",\n ");
        String root = "4576250cbbf8244c3ce7cb7b5896a406bd3126eaacaeb9579d5c35c0a69ba7ff";

        AnchorBatch batch = read("{\"batchId\":\"b-1\",\"merkleRoot\":\"" + root + "\",\"size\":1,\"entries\":[" + spaced + "]}", 1);

        assertThat(batch.entries()).containsExactly(licence(1, SH_LICENCE_1));
    }

    @Test
    void each_entry_has_an_inclusion_proof_against_the_root() throws MerkleProofException {
        MerkleTree tree = twoDocuments.merkleTree();

        for (int i = 0; i < twoDocuments.entries().size(); i++) {
            tree.inclusionProof(i).verify(twoDocuments.entries().get(i).leaf(), HexFormat.of().parseHex(ROOT));
        }
    }

    @Test
    void the_size_is_checked_before_the_entries_are_read() {
        String json = "{\"batchId\":\"b-1\",\"merkleRoot\":\"" + sha(1) + "\",\"size\":2001,\"entries\":[]}";

        assertThat(batchRefusal(() -> read(json, 2000))).isEqualTo(AnchorBatchException.Reason.TOO_LARGE);
    }

    @Test
    void a_full_batch_of_2000_entries_is_accepted() {
        List<AnchorEntry> entries = IntStream.range(0, 2000).mapToObj(AnchorSamples::material).toList();

        assertThat(read(CanonicalJson.encodeToString(AnchorBatch.of("b-full", entries).toJson()), 2000).entries())
                .hasSize(2000);
    }

    @Test
    void the_same_digest_or_document_id_twice_is_refused() {
        AnchorEntry sameDigest = AnchorEntry.fromJson(reader(with(material(2), "sha256", sha(1)), "entry"));

        assertThat(batchRefusal(() -> AnchorBatch.of("b-1", List.of(licence(1, SH_LICENCE_1), sameDigest))))
                .isEqualTo(AnchorBatchException.Reason.DUPLICATE_ENTRY);
        assertThat(batchRefusal(() -> AnchorBatch.of("b-1", List.of(licence(1, SH_LICENCE_1), licence(2, SH_LICENCE_1)))))
                .isEqualTo(AnchorBatchException.Reason.DUPLICATE_ENTRY);
    }

    @Test
    void a_root_that_is_not_the_root_of_the_entries_is_refused() {
        assertThat(batchRefusal(() -> new AnchorBatch("b-1", sha(1), twoDocuments.entries())))
                .isEqualTo(AnchorBatchException.Reason.ROOT_MISMATCH);
    }

    @Test
    void a_batch_without_entries_cannot_be_built() {
        InvalidFieldException e = invalidField(() -> AnchorBatch.of("b-1", List.of()));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.field()).isEqualTo("entries");
    }

    @Test
    void a_malformed_entry_is_refused_naming_its_index() {
        String json = json("b-1", ROOT, 2, List.of(material(9).toJson(), with(material(2), "sha256", "x")));

        assertThat(invalidField(() -> read(json, 10)).field()).isEqualTo("batch entry 1: sha256");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBatches")
    void a_malformed_batch_is_refused(String problem, String json, Reason reason, String field) {
        InvalidFieldException e = invalidField(() -> read(json, 10));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.field()).isEqualTo(field);
    }

    static Stream<Arguments> malformedBatches() {
        List<Map<String, Object>> one = List.of(material(2).toJson());
        String root = AnchorBatch.of("b-1", List.of(material(2))).merkleRoot();
        String good = json("b-1", root, 1, one);
        return Stream.of(
                Arguments.of("size larger than the entries", json("b-1", root, 2, one), Reason.INCONSISTENT, "batch size"),
                Arguments.of("no entries", json("b-1", root, 0, List.of()), Reason.INCONSISTENT, "batch size"),
                Arguments.of("batch id with a blank", json("b 1", root, 1, one), Reason.MALFORMED, "batchId"),
                Arguments.of("batch id of 65 characters", json("b".repeat(65), root, 1, one), Reason.MALFORMED,
                        "batchId"),
                Arguments.of("uppercase root", json("b-1", root.toUpperCase(), 1, one), Reason.MALFORMED,
                        "merkleRoot"),
                Arguments.of("unknown field", good.replace("\"size\":1", "\"size\":1,\"note\":\"x\""),
                        Reason.UNKNOWN_FIELD, "batch"),
                Arguments.of("missing size", good.replace(",\"size\":1", ""), Reason.MISSING, "batch field size"),
                Arguments.of("an entry that is not an object", good.replace("\"entries\":[", "\"entries\":[[").replace("}]", "}]]"),
                        Reason.WRONG_TYPE, "batch entry 0"),
                Arguments.of("decimal size", good.replace("\"size\":1", "\"size\":1.0"), Reason.NOT_JSON, "batch"),
                Arguments.of("trailing data", good + " trailing", Reason.NOT_JSON, "batch"),
                Arguments.of("empty text", "", Reason.NOT_JSON, "batch"));
    }
}
