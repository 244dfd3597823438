package io.zhengku.ledger;

import java.util.Objects;

/**
 * A transaction's place and verdict on the ledger (提交结果): its block and Fabric validation code.
 *
 * <pre>{@code
 * Commit commit = transactions.awaitCommit(txId);
 * if (commit.status() == CommitStatus.VALID) { record(commit.blockNumber()); }
 * }</pre>
 *
 * @param transactionId the transaction
 * @param validationCode Fabric's {@code TxValidationCode} number, 0 for VALID
 * @param blockNumber the block holding the transaction
 */
public record Commit(String transactionId, int validationCode, long blockNumber) {

    /** Checks the id and the block number. */
    public Commit {
        Objects.requireNonNull(transactionId, "transactionId");
        if (validationCode < 0) {
            throw new IllegalArgumentException("validationCode must not be negative, got " + validationCode);
        }
        if (blockNumber < 0) {
            throw new IllegalArgumentException("blockNumber must not be negative, got " + blockNumber);
        }
    }

    /** The validation code as a status. */
    public CommitStatus status() {
        return CommitStatus.ofCode(validationCode);
    }
}
