package io.zhengku.core.json;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The one canonical JSON encoding (规范化 JSON) shared by the chaincode, the signing module and the verifier:
 * object keys sorted by UTF-16 code units as in RFC 8785 (JCS), UTF-8, no insignificant whitespace, and
 * minimal string escaping. Numbers are integers only: the ledger and signed tokens need exact bytes, so
 * amounts and dates travel as strings.
 *
 * <pre>{@code
 * byte[] bytes = CanonicalJson.encode(Map.of("b", 1, "a", List.of(true, "x")));
 * // {"a":[true,"x"],"b":1}
 * Map<?, ?> entry = (Map<?, ?>) CanonicalJson.parse(bytes);
 * }</pre>
 */
public final class CanonicalJson {

    /** Largest input {@link #parse(byte[])} accepts: 16 MiB, ample for a batch of thousands of entries. */
    public static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

    /** Deepest nesting of objects and arrays accepted by both {@link #encode} and {@link #parse}. */
    public static final int MAX_DEPTH = 64;

    /** Most digits an integer may have; bounds the cost of converting untrusted input to BigInteger. */
    public static final int MAX_INTEGER_DIGITS = 1000;

    private CanonicalJson() {
    }

    /**
     * Encodes a value as canonical JSON bytes.
     *
     * <p>Accepted: any {@code Map} with String keys, {@code List}, {@code String}, {@code Boolean},
     * {@code null}, {@code Integer}, {@code Long} and {@code BigInteger}. Strings are escaped minimally:
     * only {@code "}, {@code \} and control characters below U+0020 (as {@code \b \f \n \r \t} or
     * <code>&#92;u00xx</code> with lowercase hex).
     *
     * <p>{@code CanonicalJson.encode(List.of("a\nb", 7L))} gives the bytes of {@code ["a\nb",7]}.
     *
     * @throws IllegalArgumentException for floating-point or decimal numbers, other types, non-String keys,
     *     unpaired surrogates in strings, or nesting deeper than {@link #MAX_DEPTH}
     */
    public static byte[] encode(Object value) {
        return CanonicalJsonEncoder.encode(value);
    }

    /**
     * {@link #encode} as text, for APIs that take JSON as a string, such as a chaincode argument or result.
     *
     * <p>{@code CanonicalJson.encodeToString(Map.of("n", 1))} gives {@code {"n":1}}.
     */
    public static String encodeToString(Object value) {
        return new String(encode(value), StandardCharsets.UTF_8);
    }

    /**
     * Parses JSON strictly: the input must be well-formed UTF-8 of at most {@link #MAX_INPUT_BYTES} bytes
     * holding exactly one value. Insignificant whitespace is allowed; duplicate keys, trailing data, leading
     * zeros, fractions, exponents, NaN, comments, unpaired surrogate escapes and nesting deeper than
     * {@link #MAX_DEPTH} are not.
     *
     * <p>{@code CanonicalJson.parse("{\"n\":12}".getBytes(UTF_8))} gives a map of {@code "n"} to {@code 12L}.
     *
     * @return an unmodifiable insertion-ordered {@code Map<String, Object>}, an unmodifiable
     *     {@code List<Object>}, a {@code String}, a {@code Boolean}, {@code null}, or a {@code Long}
     *     ({@code BigInteger} when the integer does not fit in a long)
     * @throws CanonicalJsonException with the reason and byte offset of the first problem
     */
    public static Object parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        return CanonicalJsonParser.parse(json);
    }

    /**
     * Rewrites any acceptable JSON into its canonical bytes; equal to {@code encode(parse(json))}.
     *
     * <p>{@code CanonicalJson.canonicalize("{ \"b\": 1, \"a\": 2 }".getBytes(UTF_8))} gives
     * {@code {"a":2,"b":1}}.
     *
     * @throws CanonicalJsonException when {@code json} is rejected by {@link #parse(byte[])}
     */
    public static byte[] canonicalize(byte[] json) {
        return encode(parse(json));
    }
}
