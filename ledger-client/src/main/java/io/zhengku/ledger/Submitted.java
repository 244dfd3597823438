package io.zhengku.ledger;

import java.util.Objects;

/**
 * A transaction endorsed and handed to the ordering service (已提交), not yet committed.
 *
 * <p>{@code Commit commit = transactions.awaitCommit(submitted.transactionId());}
 *
 * @param transactionId the Fabric transaction id
 */
public record Submitted(String transactionId) {

    /** Requires a non-blank id. */
    public Submitted {
        if (Objects.requireNonNull(transactionId, "transactionId").isBlank()) {
            throw new IllegalArgumentException("transactionId must not be blank");
        }
    }
}
