package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.DocumentRecord;
import java.util.Optional;

/**
 * The steps of anchoring one batch, each its own call so that the {@link AnchorBatcher} can tell where a
 * failure happened (交易步骤): endorse and order the transaction, wait for its commit, read what is anchored.
 * This is what a Fabric Gateway adapter implements; every call may block and every failure is a
 * {@link LedgerException}.
 *
 * <pre>{@code
 * Submitted submitted = transactions.submit(batch);
 * Commit commit = transactions.awaitCommit(submitted.transactionId());
 * if (commit.status() == CommitStatus.VALID) { ... commit.blockNumber() ... }
 * }</pre>
 */
public interface AnchorTransactions {

    /**
     * Endorses the contract's {@code anchorBatch} with the batch's canonical JSON as its only argument and
     * hands the transaction to the ordering service, without waiting for its commit.
     *
     * @throws LedgerException a final contract refusal (e.g. {@code TYPE_NOT_REGISTERED}, naming
     *     {@code "batch entry N"}), or a transient {@code UNAVAILABLE}, {@code TIMEOUT} or
     *     {@code ENDORSEMENT_FAILURE}
     */
    Submitted submit(AnchorBatch batch) throws LedgerException;

    /**
     * Waits, up to the adapter's deadline, until the transaction is in a block, and returns its validation
     * code. Also answers at once for a transaction committed long ago.
     *
     * @throws LedgerException {@code TIMEOUT} when the deadline passed: the transaction may still commit,
     *     or may be lost (a Raft orderer can lose one it acknowledged)
     */
    Commit awaitCommit(String transactionId) throws LedgerException;

    /** The record anchored with this SHA-256 (lowercase hex) in committed state, if any. */
    Optional<DocumentRecord> findByDigest(String sha256) throws LedgerException;
}
