package io.zhengku.core.json;

import static io.zhengku.core.json.CanonicalJson.encodeToString;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalJsonEncodeTest {

    @Test
    void a_map_with_mixed_keys_and_nested_lists_encodes_to_the_pinned_golden_bytes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1, -2L, new BigInteger("9223372036854775808")));
        value.put("a", Arrays.asList("x", Arrays.asList(null, false), List.of()));
        value.put("é", "ü\u0001\n");
        value.put("A", Map.of("z", List.of(List.of()), "y", Map.of()));

        byte[] encoded = CanonicalJson.encode(value);

        String golden = "{\"A\":{\"y\":{},\"z\":[[]]},\"a\":[\"x\",[null,false],[]],"
                + "\"b\":[1,-2,9223372036854775808],\"é\":\"ü\\u0001\\n\"}";
        assertThat(new String(encoded, UTF_8)).isEqualTo(golden);
        assertThat(encoded).isEqualTo(golden.getBytes(UTF_8));
        assertThat(HexFormat.of().formatHex(encoded, encoded.length - 18, encoded.length))
                .as("é and ü as two-byte UTF-8, the control character as a lowercase \\u escape")
                .isEqualTo("22c3a9223a22c3bc5c75303030315c6e227d");
    }

    @Test
    void keys_sort_by_utf16_code_units_so_a_supplementary_character_precedes_a_high_bmp_character() {
        Map<String, Object> value = new HashMap<>();
        value.put("\u20ac", "euro");
        value.put("\r", "cr");
        value.put("\ufb33", "hebrew");
        value.put("1", "one");
        value.put("\ud83d\ude00", "emoji");
        value.put("\u0080", "c1");
        value.put("\u00f6", "o-umlaut");

        assertThat(encodeToString(value)).isEqualTo("{\"\\r\":\"cr\",\"1\":\"one\",\"\u0080\":\"c1\","
                + "\"\u00f6\":\"o-umlaut\",\"\u20ac\":\"euro\",\"\ud83d\ude00\":\"emoji\",\"\ufb33\":\"hebrew\"}");
    }

    @Test
    void the_map_implementation_and_its_iteration_order_do_not_change_the_bytes() {
        Map<String, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.put("a", 1);
        reversed.put("c", 3);
        reversed.put("b", 2);

        assertThat(encodeToString(reversed)).isEqualTo("{\"a\":1,\"b\":2,\"c\":3}");
        assertThat(CanonicalJson.encode(new HashMap<>(reversed))).isEqualTo(CanonicalJson.encode(reversed));
    }

    @Test
    void only_quote_backslash_and_control_characters_are_escaped() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }

        assertThat(encodeToString(controls.toString())).isEqualTo("\"\\u0000\\u0001\\u0002\\u0003\\u0004"
                + "\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013"
                + "\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"");
        assertThat(encodeToString("say \"hi\" \\ / \u007f \u2028 <>&'"))
                .isEqualTo("\"say \\\"hi\\\" \\\\ / \u007f \u2028 <>&'\"");
    }

    @Test
    void a_supplementary_character_is_written_as_four_utf8_bytes() {
        assertThat(CanonicalJson.encode("\ud83d\ude00")).isEqualTo(HexFormat.of().parseHex("22f09f988022"));
    }

    @Test
    void integers_of_every_accepted_type_are_written_in_plain_decimal() {
        List<Object> numbers = List.of(0, Integer.MIN_VALUE, Long.MAX_VALUE,
                new BigInteger("-123456789012345678901234567890"));

        assertThat(encodeToString(numbers))
                .isEqualTo("[0,-2147483648,9223372036854775807,-123456789012345678901234567890]");
    }

    @Test
    void scalars_and_empty_containers_encode_on_their_own() {
        assertThat(encodeToString(null)).isEqualTo("null");
        assertThat(encodeToString(true)).isEqualTo("true");
        assertThat(encodeToString("")).isEqualTo("\"\"");
        assertThat(encodeToString(Map.of())).isEqualTo("{}");
        assertThat(encodeToString(List.of())).isEqualTo("[]");
    }

    @Test
    void a_floating_point_or_decimal_number_is_rejected_with_the_reason() {
        for (Object number : List.of(1.5d, 2.0f, new BigDecimal("10.00"))) {
            assertThatThrownBy(() -> CanonicalJson.encode(Map.of("amount", number)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("floating point/decimal")
                    .hasMessageContaining(number.getClass().getName())
                    .hasMessageContaining("exact bytes")
                    .hasMessageContaining("strings");
        }
    }

    @Test
    void an_unsupported_type_is_rejected_naming_the_type() {
        for (Object value : List.of(LocalDate.of(2024, 1, 2), 'c', (short) 3, new byte[0])) {
            assertThatThrownBy(() -> CanonicalJson.encode(List.of(value)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(value.getClass().getName());
        }
    }

    @Test
    void a_map_key_that_is_not_a_string_is_rejected_naming_its_type() {
        Map<Object, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);

        assertThatThrownBy(() -> CanonicalJson.encode(Map.of(1, "one")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
        assertThatThrownBy(() -> CanonicalJson.encode(nullKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got null");
    }

    @Test
    void an_identity_map_holding_equal_keys_twice_is_rejected_rather_than_written_with_duplicates() {
        Map<String, Integer> identity = new IdentityHashMap<>();
        identity.put(new String("k"), 1);
        identity.put(new String("k"), 2);

        assertThatThrownBy(() -> CanonicalJson.encode(identity))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("map holds the key \"k\" twice");
    }

    @Test
    void a_string_with_an_unpaired_surrogate_is_rejected_because_it_has_no_utf8_form() {
        for (String s : List.of("\ud800", "a\udc00", "\ude00\ud83d", "x\ud83d")) {
            assertThatThrownBy(() -> CanonicalJson.encode(s))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unpaired UTF-16 surrogate");
        }
    }

    @Test
    void nesting_is_accepted_up_to_the_limit_and_rejected_beyond_it() {
        assertThat(encodeToString(nestedLists(CanonicalJson.MAX_DEPTH)))
                .isEqualTo("[".repeat(64) + "]".repeat(64));
        assertThatThrownBy(() -> CanonicalJson.encode(nestedLists(CanonicalJson.MAX_DEPTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64");
    }

    @Test
    void a_list_that_contains_itself_is_rejected_instead_of_overflowing_the_stack() {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);

        assertThatThrownBy(() -> CanonicalJson.encode(cyclic)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Object nestedLists(int depth) {
        Object value = List.of();
        for (int i = 1; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }
}
