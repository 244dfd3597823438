package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.assertRefused;
import static io.zhengku.chaincode.Samples.SH_LICENCE_1;
import static io.zhengku.chaincode.Samples.ZJ_LICENCE_1;
import static io.zhengku.chaincode.Samples.batch;
import static io.zhengku.chaincode.Samples.licence;
import static io.zhengku.chaincode.Samples.material;
import static io.zhengku.chaincode.Samples.sha;
import static io.zhengku.chaincode.Samples.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnchorBatchTest {

    @Test
    void the_leaf_is_the_canonical_json_of_the_entry_whatever_the_submitted_spacing_and_order() throws Exception {
        String entry = Samples.json(licence(1, SH_LICENCE_1));
        String spaced = "{ \"validUntil\" : \"2031-11-01\", " + entry.substring(1).replace(",\"validUntil\":\"2031-11-01\"", "")
                .replace(",", ",\n ");
        String root = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("\u0000" + entry).getBytes(StandardCharsets.UTF_8)));
        String json = "{\"batchId\":\"b-1\",\"merkleRoot\":\"" + root + "\",\"size\":1,\"entries\":[" + spaced + "]}";

        AnchorBatch batch = AnchorBatch.fromJson(json, 10);

        assertThat(new String(batch.entries().get(0).leaf(), StandardCharsets.UTF_8)).isEqualTo(entry);
        assertThat(root).isEqualTo("4576250cbbf8244c3ce7cb7b5896a406bd3126eaacaeb9579d5c35c0a69ba7ff");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEntries")
    void a_malformed_entry_is_refused_naming_its_index(String problem, Map<String, Object> entry) {
        String json = batch("b-1", List.of(material(9), entry));

        assertRefused(() -> AnchorBatch.fromJson(json, 10), ErrorCode.INVALID_ARGUMENT).hasMessageContaining("batch entry 1");
    }

    static Stream<Arguments> malformedEntries() {
        Map<String, Object> licence = licence(1, SH_LICENCE_1);
        return Stream.of(
                Arguments.of("unknown field holderName", with(licence, "holderName", "张三")),
                Arguments.of("sm3 that is not hex", with(licence, "sm3", "not-hex")),
                Arguments.of("missing sha256", with(licence, "sha256", null)),
                Arguments.of("uppercase sha256", with(licence, "sha256", sha(1).replace("0", "A"))),
                Arguments.of("short sm3", with(licence, "sm3", "abc")),
                Arguments.of("licence id with a wrong check character", with(licence, "documentId", SH_LICENCE_1.replace(".M", ".N"))),
                Arguments.of("licence id of another issuer", with(licence, "documentId", ZJ_LICENCE_1)),
                Arguments.of("licence id of another type", with(licence, "typeCode", Samples.FOOD_PERMIT)),
                Arguments.of("material id as licence", with(licence, "documentId", "M.113100000024178544.A1")),
                Arguments.of("material id of another issuer", with(material(2), "documentId", "M.113300000024822904.A2")),
                Arguments.of("material id in lowercase", with(material(2), "documentId", "M.113100000024178544.a2")),
                Arguments.of("unknown kind", with(licence, "kind", "CERTIFICATE")),
                Arguments.of("issuer code with a wrong check character", with(material(2), "issuerCode", "113100000024178545")),
                Arguments.of("type code of 20 characters", with(material(2), "typeCode", "2110000000000000M001")),
                Arguments.of("impossible date", with(licence, "validFrom", "2026-02-30")),
                Arguments.of("date with time", with(licence, "validFrom", "2026-11-02T00:00:00Z")),
                Arguments.of("validUntil before validFrom", with(licence, "validUntil", "2026-11-01")),
                Arguments.of("uppercase commitment", with(licence, "metadataCommitment", sha(0xABC).toUpperCase())),
                Arguments.of("non-canonical base64", with(licence, "sealSignature", "MEUCIQ")),
                Arguments.of("signature over 1024 bytes", with(licence, "sealSignature",
                        java.util.Base64.getEncoder().encodeToString(new byte[1025]))),
                Arguments.of("number as sha256", with(licence, "sha256", 1)));
    }

    @Test
    void an_explicit_json_null_is_refused() {
        String json = batch("b-1", List.of(material(2))).replace("\"kind\":", "\"sm3\":null,\"kind\":");

        assertRefused(() -> AnchorBatch.fromJson(json, 10), ErrorCode.INVALID_ARGUMENT);
    }

    @ParameterizedTest
    @MethodSource("malformedBatches")
    void a_malformed_batch_is_refused(String json) {
        assertRefused(() -> AnchorBatch.fromJson(json, 10), ErrorCode.INVALID_ARGUMENT);
    }

    static Stream<String> malformedBatches() {
        String good = batch("b-1", List.of(material(2)));
        return Stream.of(
                good.replace("\"size\":1", "\"size\":2"),
                batch("b-1", List.of()),
                good.replace("\"batchId\":\"b-1\"", "\"batchId\":\"b 1\""),
                good.replace("\"batchId\":\"b-1\"", "\"batchId\":\"" + "b".repeat(65) + "\""),
                good.replace("\"size\":1", "\"size\":1,\"note\":\"x\""),
                good.replace("\"size\":1", "\"size\":1.0"),
                good + " trailing",
                "");
    }

    @Test
    void the_size_is_checked_before_the_entries_are_read() {
        String json = "{\"batchId\":\"b-1\",\"merkleRoot\":\"" + sha(1) + "\",\"size\":2001,\"entries\":[]}";

        assertRefused(() -> AnchorBatch.fromJson(json, 2000), ErrorCode.BATCH_TOO_LARGE);
    }

    @Test
    void a_full_batch_of_the_default_limit_is_accepted() {
        List<Map<String, Object>> entries = java.util.stream.IntStream.range(0, ZhengkuContract.DEFAULT_MAX_BATCH_ENTRIES)
                .mapToObj(Samples::material).toList();

        AnchorBatch batch = AnchorBatch.fromJson(batch("b-full", entries), ZhengkuContract.DEFAULT_MAX_BATCH_ENTRIES);

        assertThat(batch.entries()).hasSize(2000);
    }
}
