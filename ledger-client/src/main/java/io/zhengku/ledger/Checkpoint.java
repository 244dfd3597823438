package io.zhengku.ledger;

import java.util.Objects;

/**
 * How far an {@link EventFollower} has processed the ledger's events (检查点): through one transaction of a
 * block, or through a whole block. What a {@link CheckpointStore} keeps between runs.
 *
 * <pre>{@code
 * Checkpoint.afterTransaction(41, "4f1c2e0d9b8a").nextBlock(); // 41: the rest of block 41 is still to come
 * Checkpoint.afterBlock(41).nextBlock();                       // 42
 * }</pre>
 *
 * @param blockNumber the block the last processed event was in, or the last block processed whole
 * @param transactionId the transaction of the last processed event, or {@code null} when the whole block is
 */
public record Checkpoint(long blockNumber, String transactionId) {

    /** Checks the block number and that a transaction id, when given, is not blank. */
    public Checkpoint {
        if (blockNumber < 0) {
            throw new IllegalArgumentException("blockNumber must not be negative, got " + blockNumber);
        }
        if (transactionId != null && transactionId.isBlank()) {
            throw new IllegalArgumentException("transactionId must not be blank; use afterBlock for a whole block");
        }
    }

    /** Every event up to and including the one of {@code transactionId} in block {@code blockNumber}. */
    public static Checkpoint afterTransaction(long blockNumber, String transactionId) {
        return new Checkpoint(blockNumber, Objects.requireNonNull(transactionId, "transactionId"));
    }

    /** Every event up to and including block {@code blockNumber}. */
    public static Checkpoint afterBlock(long blockNumber) {
        return new Checkpoint(blockNumber, null);
    }

    /** Whether the block {@link #blockNumber()} is processed whole. */
    public boolean isBlockComplete() {
        return transactionId == null;
    }

    /** The first block still to be delivered: this one while it is processed in part, else the next. */
    public long nextBlock() {
        return isBlockComplete() ? blockNumber + 1 : blockNumber;
    }
}
