package io.zhengku.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.json.CanonicalJsonException.Reason;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalJsonParseTest {

    private static Object parse(String json) {
        return CanonicalJson.parse(json.getBytes(UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value) {
        return (List<Object>) value;
    }

    private static CanonicalJsonException rejection(byte[] json) {
        return catchThrowableOfType(CanonicalJsonException.class, () -> CanonicalJson.parse(json));
    }

    @Test
    void every_kind_of_value_parses_to_its_java_type() {
        Object value = parse("{\"s\":\"text\",\"t\":true,\"f\":false,\"n\":null,\"i\":-42,\"l\":[1,{}]}");

        assertThat(value).isInstanceOf(Map.class);
        Map<String, Object> map = object(value);
        assertThat(map.keySet()).containsExactly("s", "t", "f", "n", "i", "l");
        assertThat(map.get("s")).isEqualTo("text");
        assertThat(map.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(map.get("f")).isEqualTo(Boolean.FALSE);
        assertThat(map.containsKey("n")).isTrue();
        assertThat(map.get("n")).isNull();
        assertThat(map.get("i")).isEqualTo(-42L);
        assertThat(map.get("l")).isEqualTo(List.of(1L, Map.of()));
    }

    @Test
    void integers_are_longs_when_they_fit_and_big_integers_otherwise() {
        assertThat(parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(parse("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(parse("-9223372036854775809")).isEqualTo(new BigInteger("-9223372036854775809"));
        assertThat(parse("0")).isEqualTo(0L);
    }

    @Test
    void negative_zero_is_read_as_zero() {
        assertThat(parse("-0")).isEqualTo(0L);
        assertThat(CanonicalJson.canonicalize("-0".getBytes(UTF_8))).isEqualTo("0".getBytes(UTF_8));
    }

    @Test
    void parsed_maps_and_lists_cannot_be_modified() {
        Map<String, Object> map = object(parse("{\"a\":[null]}"));
        List<Object> list = array(map.get("a"));

        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list).containsExactly((Object) null);
    }

    @Test
    void every_json_escape_is_decoded() {
        assertThat(parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9\\uD83D\\uDE00\""))
                .isEqualTo("\"\\/\b\f\n\r\téé\ud83d\ude00");
    }

    @Test
    void multi_byte_utf8_of_every_length_is_decoded() {
        assertThat(CanonicalJson.parse(HexFormat.of().parseHex("22c3a9e282acf09f988022")))
                .isEqualTo("é€\ud83d\ude00");
    }

    @Test
    void insignificant_whitespace_is_accepted_and_canonicalize_removes_it_and_sorts_keys() {
        byte[] loose = " {\n\t\"b\" : [ 1 , 2 ] ,\r\n \"a\" : { } } ".getBytes(UTF_8);

        assertThat(new String(CanonicalJson.canonicalize(loose), UTF_8)).isEqualTo("{\"a\":{},\"b\":[1,2]}");
    }

    @Test
    void canonicalizing_canonical_bytes_returns_the_same_bytes() {
        byte[] canonical = "{\"A\":[],\"a\":\"\\u001f\\\"\",\"é\":-5}".getBytes(UTF_8);

        assertThat(CanonicalJson.canonicalize(canonical)).isEqualTo(canonical);
    }

    @Test
    void escapes_that_canonical_form_does_not_need_are_rewritten_minimally() {
        byte[] json = "[\"\\u0041\\/\\u00e9\\u001F\"]".getBytes(UTF_8);

        assertThat(new String(CanonicalJson.canonicalize(json), UTF_8)).isEqualTo("[\"A/é\\u001f\"]");
    }

    @Test
    void nesting_is_accepted_up_to_64_levels_and_rejected_at_65() {
        assertThat(parse("[".repeat(64) + "]".repeat(64))).isInstanceOf(List.class);
        assertThat(parse("{\"a\":".repeat(64) + "0" + "}".repeat(64))).isInstanceOf(Map.class);

        CanonicalJsonException e = rejection(("[".repeat(65) + "]".repeat(65)).getBytes(UTF_8));
        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(e.offset()).isEqualTo(64);
    }

    @Test
    void input_at_the_size_limit_is_parsed_and_one_byte_more_is_rejected() {
        byte[] atLimit = new byte[CanonicalJson.MAX_INPUT_BYTES];
        Arrays.fill(atLimit, (byte) ' ');
        atLimit[atLimit.length - 1] = '7';
        byte[] overLimit = Arrays.copyOf(atLimit, atLimit.length + 1);

        assertThat(CanonicalJson.parse(atLimit)).isEqualTo(7L);
        assertThat(rejection(overLimit).reason()).isEqualTo(Reason.INPUT_TOO_LARGE);
    }

    @Test
    void an_integer_with_more_digits_than_the_limit_is_rejected() {
        String longest = "9".repeat(CanonicalJson.MAX_INTEGER_DIGITS);

        assertThat(parse("-" + longest)).isEqualTo(new BigInteger("-" + longest));
        assertThat(rejection(("[" + longest + "9]").getBytes(UTF_8)).reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
    }

    @Test
    void the_exception_message_names_the_problem_and_the_offset() {
        CanonicalJsonException e = rejection("[1,1.5]".getBytes(UTF_8));

        assertThat(e).hasMessage("number is not an integer; put amounts and decimals in strings at byte offset 4");
    }

    @ParameterizedTest(name = "{0} is rejected as {1} at offset {2}")
    @MethodSource("malformedText")
    void malformed_text_is_rejected_with_its_reason_and_offset(String json, Reason reason, int offset) {
        CanonicalJsonException e = rejection(json.getBytes(UTF_8));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.offset()).isEqualTo(offset);
    }

    static Stream<Arguments> malformedText() {
        return Stream.of(
                Arguments.of("", Reason.UNEXPECTED_END, 0),
                Arguments.of("   ", Reason.UNEXPECTED_END, 3),
                Arguments.of("\"a", Reason.UNEXPECTED_END, 2),
                Arguments.of("{\"a\"", Reason.UNEXPECTED_END, 4),
                Arguments.of("[1,", Reason.UNEXPECTED_END, 3),
                Arguments.of("tru", Reason.UNEXPECTED_END, 3),
                Arguments.of("\"\\u00", Reason.UNEXPECTED_END, 5),
                Arguments.of("1 2", Reason.TRAILING_DATA, 2),
                Arguments.of("{}}", Reason.TRAILING_DATA, 2),
                Arguments.of("{\"a\":1,\"a\":2}", Reason.DUPLICATE_KEY, 7),
                Arguments.of("{\"a\":1,\"\\u0061\":2}", Reason.DUPLICATE_KEY, 7),
                Arguments.of("01", Reason.LEADING_ZERO, 0),
                Arguments.of("[-007]", Reason.LEADING_ZERO, 2),
                Arguments.of("1.5", Reason.NOT_AN_INTEGER, 1),
                Arguments.of("1.0", Reason.NOT_AN_INTEGER, 1),
                Arguments.of("1e3", Reason.NOT_AN_INTEGER, 1),
                Arguments.of("-2E+1", Reason.NOT_AN_INTEGER, 2),
                Arguments.of("NaN", Reason.UNEXPECTED_CHARACTER, 0),
                Arguments.of("-Infinity", Reason.UNEXPECTED_CHARACTER, 1),
                Arguments.of("// note\n1", Reason.UNEXPECTED_CHARACTER, 0),
                Arguments.of("[1/* note */]", Reason.UNEXPECTED_CHARACTER, 2),
                Arguments.of("[1,]", Reason.UNEXPECTED_CHARACTER, 3),
                Arguments.of("{\"a\":1,}", Reason.UNEXPECTED_CHARACTER, 7),
                Arguments.of("{a:1}", Reason.UNEXPECTED_CHARACTER, 1),
                Arguments.of("{\"a\" 1}", Reason.UNEXPECTED_CHARACTER, 5),
                Arguments.of("'a'", Reason.UNEXPECTED_CHARACTER, 0),
                Arguments.of("True", Reason.UNEXPECTED_CHARACTER, 0),
                Arguments.of("nulL", Reason.UNEXPECTED_CHARACTER, 3),
                Arguments.of("+1", Reason.UNEXPECTED_CHARACTER, 0),
                Arguments.of("é", Reason.UNEXPECTED_CHARACTER, 0),
                Arguments.of("\ufeff{}", Reason.UNEXPECTED_CHARACTER, 0),
                Arguments.of("\"a\tb\"", Reason.CONTROL_CHARACTER_IN_STRING, 2),
                Arguments.of("\"\u0000\"", Reason.CONTROL_CHARACTER_IN_STRING, 1),
                Arguments.of("\"\\x\"", Reason.INVALID_ESCAPE, 1),
                Arguments.of("\"\\U0041\"", Reason.INVALID_ESCAPE, 1),
                Arguments.of("\"\\u12g4\"", Reason.INVALID_ESCAPE, 5),
                Arguments.of("\"\\ud800\"", Reason.LONE_SURROGATE, 1),
                Arguments.of("\"\\udc00\"", Reason.LONE_SURROGATE, 1),
                Arguments.of("\"x\\ud800\\n\"", Reason.LONE_SURROGATE, 2),
                Arguments.of("\"\\ud800\\u0041\"", Reason.LONE_SURROGATE, 1),
                Arguments.of("\"\\ud800\\ud800\"", Reason.LONE_SURROGATE, 1));
    }

    @ParameterizedTest(name = "bytes {0} are rejected as invalid UTF-8 at offset {1}")
    @MethodSource("invalidUtf8")
    void bytes_that_are_not_well_formed_utf8_are_rejected(String hex, int offset) {
        CanonicalJsonException e = rejection(HexFormat.of().parseHex(hex));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_UTF8);
        assertThat(e.offset()).isEqualTo(offset);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("2280" + "22", 1),       // lone continuation byte
                Arguments.of("22ff22", 1),            // never valid in UTF-8
                Arguments.of("22c322", 1),            // lead byte followed by a non-continuation
                Arguments.of("2261e282", 2),          // truncated at end of input
                Arguments.of("22c0af22", 1),          // overlong '/'
                Arguments.of("22e080af22", 1),        // overlong three-byte form
                Arguments.of("22f08282ac22", 1),      // overlong four-byte form
                Arguments.of("22eda08022", 1),        // UTF-8-encoded surrogate U+D800
                Arguments.of("22f490808022", 1));     // above U+10FFFF
    }

    @Test
    void a_null_input_is_refused() {
        assertThatThrownBy(() -> CanonicalJson.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
