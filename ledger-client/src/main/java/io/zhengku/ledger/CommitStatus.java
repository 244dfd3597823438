package io.zhengku.ledger;

/**
 * How a committed transaction was judged by the peers' validation (校验结果), from Fabric's
 * {@code TxValidationCode}. Only {@link #VALID} changed the ledger.
 *
 * <p>{@code CommitStatus.ofCode(11)} is {@link #MVCC_READ_CONFLICT}.
 */
public enum CommitStatus {
    /** Validated; its writes are in the ledger. */
    VALID(0),
    /** A transaction with the same id was already committed. */
    DUPLICATE_TXID(9),
    /** The endorsements do not satisfy the endorsement policy. */
    ENDORSEMENT_POLICY_FAILURE(10),
    /** A key the transaction read was changed by an earlier transaction. */
    MVCC_READ_CONFLICT(11),
    /** A range the transaction read was changed by an earlier transaction. */
    PHANTOM_READ_CONFLICT(12),
    /** Any other validation code: invalid, and not worth resubmitting unchanged. */
    OTHER_INVALID(-1);

    private final int code;

    CommitStatus(int code) {
        this.code = code;
    }

    /** The status of a Fabric validation code; codes without a constant of their own are {@link #OTHER_INVALID}. */
    public static CommitStatus ofCode(int code) {
        for (CommitStatus status : values()) {
            if (status.code == code && status != OTHER_INVALID) {
                return status;
            }
        }
        return OTHER_INVALID;
    }

    /** Whether a concurrent write invalidated the transaction, so that reading again and resubmitting may succeed. */
    public boolean isReadConflict() {
        return this == MVCC_READ_CONFLICT || this == PHANTOM_READ_CONFLICT;
    }
}
