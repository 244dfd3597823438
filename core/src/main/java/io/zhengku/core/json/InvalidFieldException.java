package io.zhengku.core.json;

import java.util.Objects;

/**
 * Thrown when a named value (a JSON field, or an argument checked like one) is missing, of the wrong type
 * or malformed. {@link #reason()} tells the cases apart; {@link #field()} names the value as the message
 * does, with where it came from in front (e.g. {@code "batch entry 7: sha256"}), so a caller can point at
 * the mistake in a batch of thousands. The message says what was wrong and what is expected.
 *
 * <pre>{@code
 * catch (InvalidFieldException e) { return problem("invalid-field." + e.reason(), e.field(), e.getMessage()); }
 * }</pre>
 */
public final class InvalidFieldException extends IllegalArgumentException {

    /** What was wrong with the value. */
    public enum Reason {
        /** The text is not acceptable JSON at all (see {@link CanonicalJsonException}, the cause). */
        NOT_JSON,
        /** The value or field is absent. */
        MISSING,
        /** The value is of another JSON type than expected; an explicit {@code null} is one. */
        WRONG_TYPE,
        /** An object carries fields that are not understood. */
        UNKNOWN_FIELD,
        /** The value's syntax, length or check character is wrong. */
        MALFORMED,
        /** The value contradicts another value of the same object. */
        INCONSISTENT
    }

    private final Reason reason;
    private final String field;

    /**
     * A refusal of {@code field}.
     *
     * @param message what was wrong and what is expected; it names {@code field}
     * @param cause the lower-level exception that found the problem, or {@code null}
     */
    public InvalidFieldException(Reason reason, String field, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** A refusal of {@code field} found by the thrower itself. */
    public InvalidFieldException(Reason reason, String field, String message) {
        this(reason, field, message, null);
    }

    /** What was wrong with the value. */
    public Reason reason() {
        return reason;
    }

    /** The value that was wrong, e.g. {@code "batch entry 7 field sha256"}. */
    public String field() {
        return field;
    }

    /**
     * The same refusal with {@code context} (e.g. {@code "batch entry 7"}) put in front of its field and
     * message, so that a value's own check need not know where the value came from.
     */
    public InvalidFieldException within(String context) {
        return new InvalidFieldException(reason, context + ": " + field, context + ": " + getMessage(), getCause());
    }
}
