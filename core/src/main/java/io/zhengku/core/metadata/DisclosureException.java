package io.zhengku.core.metadata;

/**
 * Thrown when disclosed metadata fields do not open the anchored commitment. {@link #reason()} says why.
 *
 * <p>{@code catch (DisclosureException e) { checks.integrity(INVALID, e.reason().name()); }}
 */
public final class DisclosureException extends IllegalArgumentException {

    /** Why the disclosure was refused. */
    public enum Reason {
        /** A salt or digest is not in the expected encoding. */
        MALFORMED,
        /** A field name is not a metadata field. */
        UNKNOWN_FIELD,
        /** A field appears twice, or both disclosed and hidden. */
        DUPLICATE_FIELD,
        /** The recomputed commitment differs from the anchored one: a value, salt or digest was changed. */
        COMMITMENT_MISMATCH
    }

    private final Reason reason;

    DisclosureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why the disclosure was refused. */
    public Reason reason() {
        return reason;
    }
}
