package io.zhengku.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.json.InvalidFieldException.Reason;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonObjectReaderTest {

    private static final String BATCH = "{\"batchId\":\"b-1\",\"size\":2,\"note\":null,\"tags\":[\"a\",\"b\"],"
            + "\"head\":{\"v\":1},\"entries\":[{\"n\":0},{\"n\":1}],\"mixed\":[\"a\",1],\"huge\":99999999999999999999}";

    private final JsonObjectReader batch = JsonObjectReader.parse(BATCH, "batch");

    private static InvalidFieldException refusal(ThrowingCallable read) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, read);
        assertThat(e).as("an InvalidFieldException").isNotNull();
        return e;
    }

    @Test
    void fields_are_read_with_their_json_types() {
        assertThat(batch.string("batchId")).isEqualTo("b-1");
        assertThat(batch.integer("size")).isEqualTo(2L);
        assertThat(batch.strings("tags")).containsExactly("a", "b");
        assertThat(batch.object("head").integer("v")).isEqualTo(1L);
        assertThat(batch.optionalString("absent")).isNull();
        assertThat(batch.has("note")).isTrue();
        assertThat(batch.has("absent")).isFalse();
        assertThat(batch.object("head").names()).containsExactly("v");
    }

    @Test
    void an_explicit_null_is_told_apart_from_an_absent_field() {
        JsonObjectReader answer = JsonObjectReader.parse("{\"record\":null,\"verdict\":\"UNKNOWN\"}", "answer");

        assertThat(answer.isNull("record")).isTrue();
        assertThat(answer.isNull("verdict")).isFalse();
        assertThat(answer.isNull("absent")).isFalse();
        assertThat(answer.has("record")).isTrue();
    }

    @Test
    void nested_objects_are_named_after_their_place() {
        assertThat(batch.object("head").what()).isEqualTo("batch field head");
        assertThat(batch.objects("entries", "batch entry")).extracting(JsonObjectReader::what)
                .containsExactly("batch entry 0", "batch entry 1");
    }

    @Test
    void a_missing_field_is_refused_naming_the_object_and_the_field() {
        InvalidFieldException e = refusal(() -> batch.string("merkleRoot"));

        assertThat(e.reason()).isEqualTo(Reason.MISSING);
        assertThat(e.field()).isEqualTo("batch field merkleRoot");
        assertThat(e).hasMessage("batch field merkleRoot is missing");
    }

    @Test
    void an_explicit_null_is_refused_even_where_the_field_is_optional() {
        InvalidFieldException e = refusal(() -> batch.optionalString("note"));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(e).hasMessage("batch field note must be a string");
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource({"batchId, integer", "size, string", "tags, object", "head, strings", "mixed, strings",
        "huge, integer", "batchId, objects"})
    void a_field_of_another_type_is_refused(String field, String readAs) {
        InvalidFieldException e = refusal(() -> {
            switch (readAs) {
                case "integer" -> batch.integer(field);
                case "string" -> batch.string(field);
                case "object" -> batch.object(field);
                case "strings" -> batch.strings(field);
                default -> batch.objects(field, "item");
            }
        });

        assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(e.field()).isEqualTo("batch field " + field);
    }

    @Test
    void an_array_item_that_is_not_an_object_is_refused_by_its_index() {
        InvalidFieldException e = refusal(() -> batch.objects("mixed", "batch entry"));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(e).hasMessage("batch entry 0 must be a JSON object");
    }

    @Test
    void fields_that_are_not_allowed_are_refused_all_at_once_in_order() {
        InvalidFieldException e = refusal(() -> batch.allowOnly(Set.of("size", "batchId", "entries", "head", "huge")));

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
        assertThat(e.field()).isEqualTo("batch");
        assertThat(e).hasMessage("batch has unknown fields [mixed, note, tags]; allowed are [batchId, entries, head,"
                + " huge, size]");
    }

    @Test
    void text_that_is_not_acceptable_json_is_refused_with_the_parser_reason_as_cause() {
        InvalidFieldException e = refusal(() -> JsonObjectReader.parse("{\"size\":1.0}", "batch"));

        assertThat(e.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(e.getCause()).isInstanceOfSatisfying(CanonicalJsonException.class,
                cause -> assertThat(cause.reason()).isEqualTo(CanonicalJsonException.Reason.NOT_AN_INTEGER));
        assertThat(e).hasMessageStartingWith("batch is not acceptable JSON: ");
    }

    @Test
    void no_text_or_a_value_other_than_an_object_is_refused() {
        assertThat(refusal(() -> JsonObjectReader.parse(null, "batch"))).hasMessage(
                "batch is missing; pass it as a JSON object").extracting(InvalidFieldException::reason).isEqualTo(Reason.MISSING);
        assertThat(refusal(() -> JsonObjectReader.parse("[1]", "batch")).reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(refusal(() -> JsonObjectReader.of(List.of(), "entry")).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void a_refusal_put_in_context_keeps_its_reason_and_cause() {
        InvalidFieldException inner = refusal(() -> JsonObjectReader.parse("{", "entry"));

        InvalidFieldException outer = inner.within("batch entry 3");

        assertThat(outer.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(outer.field()).isEqualTo("batch entry 3: entry");
        assertThat(outer).hasMessage("batch entry 3: " + inner.getMessage()).hasCause(inner.getCause());
    }
}
