package io.zhengku.vault.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.problem.ProblemException;
import io.zhengku.vault.testing.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentMetadataTest {

    private static ProblemException refusal(String json) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> DocumentMetadata.parseLicence(json));
        assertThat(e).as("a refusal of " + json).isNotNull();
        return e;
    }

    @Test
    void a_licence_reads_every_field_and_commits_them_with_the_vaults_own() {
        DocumentMetadata metadata = DocumentMetadata.parseLicence(Fixtures.licenceMetadata("SH-1"));

        assertThat(metadata.validUntil()).isEqualTo(LocalDate.of(2046, 1, 1));
        assertThat(metadata.committedFields("ID", "某局", "113101010024795883"))
                .containsEntry("holderName", "上海某某科技有限公司")
                .containsEntry("number", "SH-1")
                .containsEntry("id", "ID")
                .containsEntry("issuer", "某局")
                .containsEntry("KZ_REGISTERED_CAPITAL", "100万元")
                .doesNotContainKey("issueDate");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field      | \"name\":                   | \"colour\":\"red\",\"name\":  | colour",
            "wrong type         | \"number\":\"SH-1\"         | \"number\":7                   | number",
            "bad date           | \"validFrom\":\"2026-01-01\" | \"validFrom\":\"2026-02-30\"   | validFrom",
            "blank name         | \"holderName\":\"上海某某科技有限公司\" | \"holderName\":\"  \" | holderName",
            "bad extension name | \"KZ_REGISTERED_CAPITAL\"     | \"colour\"                     | extensions",
            "bad code type      | \"holderCodeType\":\"001\"   | \"holderCodeType\":\"999\"     | holderCodeType"})
    void a_wrong_field_is_named_in_the_refusal(String what, String from, String to, String field) {
        ProblemException e = refusal(Fixtures.licenceMetadata("SH-1").replace(from, to));

        assertThat(e.code()).isEqualTo("metadata-invalid");
        assertThat(e.field() + ": " + e.getMessage()).contains(field);
    }

    @Test
    void validity_must_not_end_before_it_starts() {
        ProblemException e = refusal(Fixtures.licenceMetadata("SH-1").replace("2046-01-01", "2025-01-01"));

        assertThat(e.field()).isEqualTo("validUntil");
    }

    @Test
    void a_resident_id_with_a_wrong_check_digit_is_refused_without_echoing_it_to_logs() {
        ProblemException e = refusal(Fixtures.licenceMetadata(Fixtures.BUSINESS_LICENCE, "SH-1",
                "110101199003071234", DocumentMetadata.RESIDENT_ID));

        assertThat(e.code()).isEqualTo("holder-code-invalid");
        assertThat(e.field()).isEqualTo("holderCode");
    }

    @Test
    void a_material_has_no_number_and_starts_today_unless_told() {
        DocumentMetadata material = DocumentMetadata.parseMaterial(Fixtures.materialMetadata(), LocalDate.of(2026, 11, 27));

        assertThat(material.number()).isNull();
        assertThat(material.validFrom()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(material.validUntil()).isNull();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> DocumentMetadata.parseMaterial(
                Fixtures.materialMetadata().replace("{", "{\"number\":\"1\","), LocalDate.of(2026, 11, 27)));
        assertThat(e.field()).isEqualTo("number");
    }

    @Test
    void its_text_form_holds_no_personal_data() {
        assertThat(DocumentMetadata.parseLicence(Fixtures.licenceMetadata("SH-1")).toString())
                .doesNotContain("上海某某").doesNotContain(Fixtures.HOLDER_BUSINESS);
    }

    /** JSON escapes, as a client sends them: the parser turns each into the character itself. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NUL in holderName           | 上海某某科技有限公司 | 上海某某\\u0000科技有限公司 | holderName | U+0000 at character 5",
            "a line break in holderName  | 上海某某科技有限公司 | 上海某某\\n科技有限公司     | holderName | U+000A at character 5",
            "DEL in name                 | 营业执照            | 营业\\u007f执照           | name       | U+007F at character 3",
            "a C1 control in name        | 营业执照            | 营业\\u0085执照           | name       | U+0085 at character 3",
            "a right-to-left override    | 上海某某科技有限公司 | 上海\\u202e某某科技有限公司 | holderName | U+202E at character 3",
            "a directional isolate       | 上海某某科技有限公司 | \\u2066上海某某科技有限公司 | holderName | U+2066 at character 1",
            "a right-to-left mark        | 上海某某科技有限公司 | 上海某某科技有限公司\\u200f | holderName | U+200F at character 11",
            "a noncharacter              | 上海某某科技有限公司 | 上海\\ufdd0某某科技有限公司 | holderName | U+FDD0 at character 3",
            "markup in holderName        | 上海某某科技有限公司 | <script>alert(1)</script> | holderName | U+003C at character 1",
            "markup in name              | 营业执照            | 营业执照<b>               | name       | U+003C at character 5",
            "an override in an extension | 100万元             | 100\\u202e万元             | extensions.KZ_REGISTERED_CAPITAL | U+202E at character 4"})
    void text_that_is_not_plain_is_refused_naming_the_field_and_the_place_but_not_the_text(String what, String from,
                                                                                     String to, String field,
                                                                                     String where) {
        ProblemException e = refusal(Fixtures.licenceMetadata("SH-1").replace(from, to));

        assertThat(e.code()).isEqualTo("metadata-invalid");
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(where).doesNotContain("上海某某").doesNotContain("script")
                .doesNotContain("营业").doesNotContain("万元");
    }

    @Test
    void angle_brackets_stay_allowed_in_free_text_extensions() {
        DocumentMetadata metadata = DocumentMetadata.parseLicence(Fixtures.licenceMetadata("SH-1")
                .replace("100万元", "< 100万元"));

        assertThat(metadata.extensions()).containsEntry("KZ_REGISTERED_CAPITAL", "< 100万元");
    }

    @Test
    void names_in_any_script_with_chinese_title_marks_and_brackets_are_accepted() {
        DocumentMetadata metadata = DocumentMetadata.parseLicence(Fixtures.licenceMetadata("SH-1")
                .replace("\"name\":\"营业执照\"", "\"name\":\"《营业执照》（副本）\"")
                .replace("上海某某科技有限公司", "Müller & O'Brien 上海 (中国) 有限公司·分公司"));

        assertThat(metadata.name()).isEqualTo("《营业执照》（副本）");
        assertThat(metadata.holderName()).isEqualTo("Müller & O'Brien 上海 (中国) 有限公司·分公司");
    }
}
