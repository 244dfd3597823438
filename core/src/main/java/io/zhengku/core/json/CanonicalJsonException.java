package io.zhengku.core.json;

/**
 * Thrown when bytes are not acceptable canonical-JSON input; carries a {@link Reason} and the byte offset
 * at which the problem was found, so callers can report and test failures without parsing messages.
 *
 * <p>{@code catch (CanonicalJsonException e) { log.warn("bad payload {} at {}", e.reason(), e.offset()); }}
 */
public final class CanonicalJsonException extends RuntimeException {

    /** Why the input was rejected. */
    public enum Reason {
        /** The input is longer than {@link CanonicalJson#MAX_INPUT_BYTES}. */
        INPUT_TOO_LARGE("input is larger than the limit"),
        /** A byte sequence is not well-formed UTF-8 (includes overlong forms and encoded surrogates). */
        INVALID_UTF8("invalid UTF-8"),
        /** The input ended inside a value. */
        UNEXPECTED_END("unexpected end of input"),
        /** A byte that cannot start or continue a token here (comments, NaN, trailing commas, ...). */
        UNEXPECTED_CHARACTER("unexpected character"),
        /** Non-whitespace bytes follow the top-level value. */
        TRAILING_DATA("trailing data after the value"),
        /** An object repeats a key. */
        DUPLICATE_KEY("duplicate object key"),
        /** An integer has a superfluous leading zero. */
        LEADING_ZERO("number with a leading zero"),
        /** A number has a fraction or an exponent; only integers are allowed (amounts go in strings). */
        NOT_AN_INTEGER("number is not an integer; put amounts and decimals in strings"),
        /** An integer has more digits than {@link CanonicalJson#MAX_INTEGER_DIGITS}. */
        NUMBER_TOO_LONG("integer has too many digits"),
        /** A backslash escape is not one of the JSON escapes, or its hex digits are wrong. */
        INVALID_ESCAPE("invalid escape sequence"),
        /** A <code>&#92;u</code> escape denotes half of a surrogate pair without the other half. */
        LONE_SURROGATE("unpaired surrogate escape"),
        /** A string contains a raw control character (below 0x20) that must be escaped. */
        CONTROL_CHARACTER_IN_STRING("unescaped control character in string"),
        /** Objects and arrays are nested deeper than {@link CanonicalJson#MAX_DEPTH}. */
        TOO_DEEP("nesting is too deep");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** A short English description used in exception messages. */
        public String description() {
            return description;
        }
    }

    private final Reason reason;
    private final int offset;

    CanonicalJsonException(Reason reason, int offset) {
        super(reason.description() + " at byte offset " + offset);
        this.reason = reason;
        this.offset = offset;
    }

    /** Why the input was rejected. */
    public Reason reason() {
        return reason;
    }

    /** Zero-based byte offset of the offending input. */
    public int offset() {
        return offset;
    }
}
