package io.zhengku.core.anchor;

/**
 * Thrown when a batch is well-formed, entry by entry, but cannot be anchored as a whole. A malformed
 * field is an {@link io.zhengku.core.json.InvalidFieldException} instead; the {@link Reason} tells the
 * batch-level cases apart, so the chaincode can answer each with its own code.
 *
 * <p>{@code catch (AnchorBatchException e) { throw refusal(codeOf(e.reason()), e.getMessage()); }}
 */
public final class AnchorBatchException extends IllegalArgumentException {

    /** Why the batch was refused. */
    public enum Reason {
        /** The batch holds more entries than the reader allows in one transaction. */
        TOO_LARGE,
        /** Two entries have the same digest or the same document id. */
        DUPLICATE_ENTRY,
        /** The submitted Merkle root is not the root of the entries. */
        ROOT_MISMATCH
    }

    private final Reason reason;

    AnchorBatchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why the batch was refused. */
    public Reason reason() {
        return reason;
    }
}
