package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.AnchorSamples.SH_LICENCE_1;
import static io.zhengku.core.anchor.AnchorSamples.SH_MARKET;
import static io.zhengku.core.anchor.AnchorSamples.ZJ_LICENCE_1;
import static io.zhengku.core.anchor.AnchorSamples.invalidField;
import static io.zhengku.core.anchor.AnchorSamples.licence;
import static io.zhengku.core.anchor.AnchorSamples.material;
import static io.zhengku.core.anchor.AnchorSamples.reader;
import static io.zhengku.core.anchor.AnchorSamples.sha;
import static io.zhengku.core.anchor.AnchorSamples.with;
import static io.zhengku.core.anchor.AnchorSamples.without;
import static io.zhengku.core.json.InvalidFieldException.Reason.INCONSISTENT;
import static io.zhengku.core.json.InvalidFieldException.Reason.MALFORMED;
import static io.zhengku.core.json.InvalidFieldException.Reason.MISSING;
import static io.zhengku.core.json.InvalidFieldException.Reason.UNKNOWN_FIELD;
import static io.zhengku.core.json.InvalidFieldException.Reason.WRONG_TYPE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.licence.LicenceIdException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnchorEntryTest {

    /** The licence entry as every peer stores it inside its document record (see the chaincode's tests). */
    static final String LICENCE_LEAF = "{\"documentId\":\"" + SH_LICENCE_1 + "\","
            + "\"issuerCode\":\"113100000024178544\",\"kind\":\"LICENCE\","
            + "\"metadataCommitment\":\"0000000000000000000000000000000000000000000000000000000000000abc\","
            + "\"sealFingerprint\":\"487bcf1d348d9a8b1056aeeea7896f8246f7a3a2472f553982df9ac0b445a248\","
            + "\"sealSignature\":\"MEUCIQDx3p4m7pJz0l9c8a2h1ZyMQvZ3kq5W8nG7rT2sL0bY4QIgB2m9c4N7x1pQe6sV8aH3kL5tR0wZ2yU7iO9jF1dG3hA=\","
            + "\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000001\","
            + "\"sm3\":\"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0\","
            + "\"typeCode\":\"11100000000013338W011\",\"validFrom\":\"2026-11-02\",\"validUntil\":\"2031-11-01\"}";

    @Test
    void the_leaf_is_the_canonical_json_of_every_field() {
        assertThat(new String(licence(1, SH_LICENCE_1).leaf(), UTF_8)).isEqualTo(LICENCE_LEAF);
    }

    @Test
    void the_seal_signs_the_canonical_json_of_every_field_but_the_signature() {
        String signed = "{\"documentId\":\"" + SH_LICENCE_1 + "\","
                + "\"issuerCode\":\"113100000024178544\",\"kind\":\"LICENCE\","
                + "\"metadataCommitment\":\"0000000000000000000000000000000000000000000000000000000000000abc\","
                + "\"sealFingerprint\":\"487bcf1d348d9a8b1056aeeea7896f8246f7a3a2472f553982df9ac0b445a248\","
                + "\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000001\","
                + "\"sm3\":\"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0\","
                + "\"typeCode\":\"11100000000013338W011\",\"validFrom\":\"2026-11-02\",\"validUntil\":\"2031-11-01\"}";

        assertThat(new String(licence(1, SH_LICENCE_1).signedBytes(), UTF_8)).isEqualTo(signed);
    }

    @Test
    void absent_optional_fields_are_left_out_of_the_leaf_and_the_signed_bytes() {
        AnchorEntry material = material(2);

        assertThat(new String(material.leaf(), UTF_8)).isEqualTo("{\"documentId\":\"M.113100000024178544.A2\","
                + "\"issuerCode\":\"113100000024178544\",\"kind\":\"MATERIAL\",\"metadataCommitment\":\"" + sha(0xdef)
                + "\",\"sealFingerprint\":\"" + AnchorSamples.SEAL + "\",\"sealSignature\":\"" + AnchorSamples.SIGNATURE
                + "\",\"sha256\":\"" + sha(2) + "\",\"typeCode\":\"21100000000000000M001\",\"validFrom\":\"2026-11-02\"}");
        assertThat(new String(material.signedBytes(), UTF_8)).doesNotContain("sm3", "validUntil", "sealSignature");
    }

    @Test
    void an_entry_reads_back_from_its_json_whatever_the_spacing_and_order() {
        String spaced = "{ \"validUntil\" : \"2031-11-01\", " + LICENCE_LEAF.substring(1)
                .replace(",\"validUntil\":\"2031-11-01\"", "").replace(",", ",\n ");

        AnchorEntry entry = AnchorEntry.fromJson(JsonObjectReader.parse(spaced, "entry"));

        assertThat(entry).isEqualTo(licence(1, SH_LICENCE_1));
        assertThat(AnchorEntry.fromJson(reader(material(2).toJson(), "entry"))).isEqualTo(material(2));
    }

    @Test
    void a_signature_of_the_largest_allowed_size_is_accepted() {
        String largest = Base64.getEncoder().encodeToString(new byte[AnchorEntry.MAX_SIGNATURE_BYTES]);

        assertThat(AnchorEntry.fromJson(reader(with(material(2), "sealSignature", largest), "entry")).sealSignature())
                .isEqualTo(largest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEntries")
    void a_malformed_entry_is_refused_naming_the_entry_and_the_field(String problem, Map<String, Object> json,
                                                                     Reason reason, String field) {
        InvalidFieldException e = invalidField(() -> AnchorEntry.fromJson(reader(json, "batch entry 1")));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(field);
    }

    static Stream<Arguments> malformedEntries() {
        AnchorEntry licence = licence(1, SH_LICENCE_1);
        AnchorEntry material = material(2);
        String in = "batch entry 1: ";
        String field = "batch entry 1 field ";
        return Stream.of(
                Arguments.of("unknown field holderName", with(licence, "holderName", "张三"), UNKNOWN_FIELD, "batch entry 1"),
                Arguments.of("missing sha256", without(licence, "sha256"), MISSING, field + "sha256"),
                Arguments.of("explicit null sm3", with(material, "sm3", null), WRONG_TYPE, field + "sm3"),
                Arguments.of("number as sha256", with(licence, "sha256", 1), WRONG_TYPE, field + "sha256"),
                Arguments.of("uppercase sha256", with(licence, "sha256", sha(1).replace("0", "A")), MALFORMED, in + "sha256"),
                Arguments.of("sm3 that is not hex", with(licence, "sm3", "not-hex"), MALFORMED, in + "sm3"),
                Arguments.of("short sm3", with(licence, "sm3", "abc"), MALFORMED, in + "sm3"),
                Arguments.of("type code of 20 characters", with(material, "typeCode", "2110000000000000M001"), MALFORMED,
                        in + "typeCode"),
                Arguments.of("issuer code with a wrong check character", with(material, "issuerCode", "113100000024178545"),
                        MALFORMED, in + "issuerCode"),
                Arguments.of("unknown kind", with(licence, "kind", "CERTIFICATE"), MALFORMED, in + "kind"),
                Arguments.of("kind in lowercase", with(licence, "kind", "licence"), MALFORMED, in + "kind"),
                Arguments.of("licence id with a wrong check character", with(licence, "documentId", SH_LICENCE_1.replace(".M", ".N")),
                        MALFORMED, in + "documentId"),
                Arguments.of("material id as licence", with(licence, "documentId", "M." + SH_MARKET + ".A1"), MALFORMED,
                        in + "documentId"),
                Arguments.of("licence id of another issuer", with(licence, "documentId", ZJ_LICENCE_1), INCONSISTENT, in + "documentId"),
                Arguments.of("licence id of another type", with(licence, "typeCode", AnchorSamples.FOOD_PERMIT), INCONSISTENT,
                        in + "documentId"),
                Arguments.of("material id of another issuer", with(material, "documentId", "M.11330000002482293D.A2"),
                        INCONSISTENT, in + "documentId"),
                Arguments.of("material id in lowercase", with(material, "documentId", "M." + SH_MARKET + ".a2"), MALFORMED,
                        in + "material id"),
                Arguments.of("impossible date", with(licence, "validFrom", "2026-02-30"), MALFORMED, in + "validFrom"),
                Arguments.of("date with time", with(licence, "validFrom", "2026-11-02T00:00:00Z"), MALFORMED, in + "validFrom"),
                Arguments.of("validUntil before validFrom", with(licence, "validUntil", "2026-11-01"), INCONSISTENT, in + "validUntil"),
                Arguments.of("uppercase commitment", with(licence, "metadataCommitment", sha(0xABC).toUpperCase()), MALFORMED,
                        in + "metadataCommitment"),
                Arguments.of("short seal fingerprint", with(licence, "sealFingerprint", "487bcf1d"), MALFORMED, in + "sealFingerprint"),
                Arguments.of("non-canonical base64", with(licence, "sealSignature", "MEUCIQ"), MALFORMED, in + "sealSignature"),
                Arguments.of("signature over 1024 bytes", with(licence, "sealSignature",
                        Base64.getEncoder().encodeToString(new byte[1025])), MALFORMED, in + "sealSignature"));
    }

    @Test
    void a_malformed_licence_id_keeps_the_part_that_was_wrong() {
        InvalidFieldException e = invalidField(() -> licence(1, SH_LICENCE_1.replace(".M", ".N")));

        assertThat(e.getCause()).isInstanceOfSatisfying(LicenceIdException.class,
                cause -> assertThat(cause.part()).isEqualTo(LicenceIdException.Part.CHECK_CHARACTER));
    }

    @Test
    void a_value_left_out_when_building_an_entry_is_refused_as_missing() {
        InvalidFieldException noKind = invalidField(() -> new AnchorEntry(sha(1), null, SH_LICENCE_1, null,
                AnchorSamples.BUSINESS_LICENCE, SH_MARKET, "2026-11-02", null, sha(2), sha(3), "AA=="));
        InvalidFieldException noSignature = invalidField(() -> new AnchorEntry(sha(1), null, SH_LICENCE_1,
                DocumentKind.LICENCE, AnchorSamples.BUSINESS_LICENCE, SH_MARKET, "2026-11-02", null, sha(2), sha(3), null));

        assertThat(noKind.reason()).isEqualTo(MISSING);
        assertThat(noKind.field()).isEqualTo("kind");
        assertThat(noSignature.reason()).isEqualTo(MISSING);
        assertThat(noSignature.field()).isEqualTo("sealSignature");
    }
}
