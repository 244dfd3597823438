package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.AnchorSamples.SH_LICENCE_1;
import static io.zhengku.core.anchor.AnchorSamples.invalidField;
import static io.zhengku.core.anchor.AnchorSamples.sha;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldChecksTest {

    private static void assertMalformed(ThrowingCallable check, String field) {
        InvalidFieldException e = invalidField(check);
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.field()).isEqualTo(field);
    }

    @Test
    void accepted_values_are_returned_unchanged() {
        assertThat(FieldChecks.sha256Hex(sha(1), "sha256")).isEqualTo(sha(1));
        assertThat(FieldChecks.uscc("113100000024178544", "uscc")).isEqualTo("113100000024178544");
        assertThat(FieldChecks.code("HOLDER_REQUEST", "reasonCode")).isEqualTo("HOLDER_REQUEST");
        assertThat(FieldChecks.batchId("sh-2026.11:02_1", "batchId")).isEqualTo("sh-2026.11:02_1");
        assertThat(FieldChecks.documentId(SH_LICENCE_1, "documentId")).isEqualTo(SH_LICENCE_1);
        assertThat(FieldChecks.documentId("M.113100000024178544.A2", "documentId")).isEqualTo("M.113100000024178544.A2");
        assertThat(FieldChecks.isoDate("2028-02-29", "validFrom")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(FieldChecks.text("以欺骗手段取得", 7, "reasonText")).isEqualTo("以欺骗手段取得");
        assertThat(FieldChecks.base64("AAE=", 2, "sealSignature")).isEqualTo("AAE=");
        assertThat(FieldChecks.instant("2026-11-02T08:00:00.123456Z", "anchoredAt"))
                .isEqualTo(Instant.parse("2026-11-02T08:00:00.123456Z"));
    }

    @Test
    void a_missing_value_is_refused_as_missing_not_as_malformed() {
        for (ThrowingCallable check : new ThrowingCallable[] {
            () -> FieldChecks.sha256Hex(null, "v"), () -> FieldChecks.sm3Hex(null, "v"), () -> FieldChecks.uscc(null, "v"),
            () -> FieldChecks.code(null, "v"), () -> FieldChecks.documentId(null, "v"), () -> FieldChecks.isoDate(null, "v"),
            () -> FieldChecks.text(null, 5, "v"), () -> FieldChecks.base64(null, 5, "v"),
            () -> FieldChecks.instant(null, "v")}) {
            InvalidFieldException e = invalidField(check);
            assertThat(e.reason()).isEqualTo(Reason.MISSING);
            assertThat(e).hasMessage("v is missing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 暂停", "暂停 ", "第一行\n第二行", "tab\there", "这段文字超过了限制"})
    void text_that_is_empty_padded_multiline_or_too_long_is_refused(String text) {
        assertMalformed(() -> FieldChecks.text(text, 8, "reasonText"), "reasonText");
    }

    @ParameterizedTest
    @ValueSource(strings = {"holder request", "HOLDER-REQUEST", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void a_code_outside_its_alphabet_or_length_is_refused(String code) {
        assertMalformed(() -> FieldChecks.code(code, "reasonCode"), "reasonCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAE", "AAE=\n", "AAF=", "", "AAAA"})
    void base64_that_is_not_canonical_or_too_long_is_refused(String value) {
        assertMalformed(() -> FieldChecks.base64(value, 2, "sealSignature"), "sealSignature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-11-02", "2026-11-02T08:00Z", "2026-11-02T08:00:00.100000Z",
        "2026-11-02T16:00:00+08:00", "2026-11-02t08:00:00z"})
    void an_instant_not_spelled_as_the_contract_writes_times_is_refused(String value) {
        assertMalformed(() -> FieldChecks.instant(value, "anchoredAt"), "anchoredAt");
    }

    @Test
    void a_document_id_that_is_neither_a_licence_nor_a_material_id_is_refused() {
        assertMalformed(() -> FieldChecks.documentId(SH_LICENCE_1.replace(".M", ".N"), "documentId"), "documentId");
        assertMalformed(() -> FieldChecks.documentId("L.113100000024178544.A2", "documentId"), "material id");
    }

    @Test
    void a_digest_of_the_wrong_algorithm_length_is_refused() {
        assertMalformed(() -> FieldChecks.sm3Hex(sha(1) + "00", "sm3"), "sm3");
        assertMalformed(() -> FieldChecks.sha256Hex(sha(1).substring(2), "fingerprint"), "fingerprint");
    }
}
