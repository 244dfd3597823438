package io.zhengku.vault.document;

/** Where a document stands with the ledger, kept apart from its {@code status} (in force or not). */
public enum AnchorStatus {
    /** Accepted and waiting in the outbox; never reported as verified. */
    PENDING,
    /** Committed VALID on the ledger, with transaction, block and inclusion proof recorded. */
    ANCHORED,
    /** Refused by the ledger for good, or still failing after every retry; an admin may retry it. */
    FAILED
}
