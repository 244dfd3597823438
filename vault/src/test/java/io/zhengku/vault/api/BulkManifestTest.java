package io.zhengku.vault.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.problem.ProblemException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BulkManifestTest {

    private static final String METADATA = "{\"typeCode\":\"11100000000013338W011\",\"number\":\"SH-1\"}";

    @Test
    void each_item_names_its_part_and_keeps_its_metadata_as_canonical_json() {
        BulkManifest manifest = BulkManifest.parse("{\"items\":[{\"part\":\"a.1\",\"metadata\":" + METADATA
                + "},{\"metadata\": {\"number\":\"SH-2\"}, \"part\":\"b_2\"}]}", 10);

        assertThat(manifest.entries()).containsExactly(
                new BulkManifest.Entry("a.1", "{\"number\":\"SH-1\",\"typeCode\":\"11100000000013338W011\"}"),
                new BulkManifest.Entry("b_2", "{\"number\":\"SH-2\"}"));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("no manifest part", null, "no part named manifest"),
                Arguments.of("not JSON", "{\"items\":[", "not acceptable JSON"),
                Arguments.of("an array, not an object", "[]", "must be a JSON object"),
                Arguments.of("no items", "{\"items\":[]}", "lists no items"),
                Arguments.of("an unknown field", "{\"items\":[],\"colour\":1}", "unknown fields [colour]"),
                Arguments.of("an item without a part", "{\"items\":[{\"metadata\":{}}]}", "part"),
                Arguments.of("an item without metadata", "{\"items\":[{\"part\":\"a\"}]}", "metadata"),
                Arguments.of("metadata that is text", "{\"items\":[{\"part\":\"a\",\"metadata\":\"{}\"}]}",
                        "metadata"),
                Arguments.of("a part named manifest", "{\"items\":[{\"part\":\"manifest\",\"metadata\":{}}]}",
                        "not \"manifest\""),
                Arguments.of("a part name with a slash", "{\"items\":[{\"part\":\"a/b\",\"metadata\":{}}]}",
                        "a part name is"),
                Arguments.of("one part named twice", "{\"items\":[{\"part\":\"a\",\"metadata\":{}},"
                        + "{\"part\":\"a\",\"metadata\":{}}]}", "which an earlier item names"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void a_malformed_manifest_is_refused_with_what_is_wrong(String what, String json, String detail) {
        assertThatThrownBy(() -> BulkManifest.parse(json, 10)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.code()).isEqualTo("bulk-manifest-invalid");
            assertThat(e.status().getCode()).isEqualTo(422);
            assertThat(e.field()).isEqualTo("manifest");
            assertThat(e.getMessage()).contains(detail);
        });
    }

    @Test
    void more_items_than_the_limit_are_refused_as_too_many() {
        String items = "{\"part\":\"a\",\"metadata\":{}},{\"part\":\"b\",\"metadata\":{}},"
                + "{\"part\":\"c\",\"metadata\":{}}";

        assertThatThrownBy(() -> BulkManifest.parse("{\"items\":[" + items + "]}", 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("bulk-too-many-items");
                    assertThat(e.status().getCode()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("3 licences", "at most 2");
                });
    }
}
