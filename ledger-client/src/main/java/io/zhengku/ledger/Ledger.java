package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The ledger (账本) as Zhengku's services see it: anchor documents, change their status, look them up in
 * the caller's own region, and read the batch roots inclusion proofs are checked against. Every failure is
 * a {@link LedgerException}; absence is an empty result, not a failure.
 *
 * <p>An adapter implements it over one region's peer; anchoring goes through an {@link AnchorBatcher}, so
 * many documents share one transaction.
 *
 * <pre>{@code
 * AnchorReceipt receipt = ledger.anchor(entry).get();
 * Optional<DocumentRecord> found = ledger.findByDigest(entry.sha256());
 * ledger.findBatch(receipt.batchId()).orElseThrow().verifyInclusion(entry, receipt.proof());
 * }</pre>
 */
public interface Ledger {

    /**
     * Anchors one document (锚定). The future completes once the transaction holding it committed VALID,
     * or exceptionally with a {@link LedgerException}.
     */
    CompletableFuture<AnchorReceipt> anchor(AnchorEntry entry);

    /** Suspends, reinstates, revokes or supersedes a document of the caller's region; returns the new record. */
    DocumentRecord changeStatus(StatusChangeRequest request) throws LedgerException;

    /** The record anchored with this SHA-256 (lowercase hex), read from the caller's region's peer. */
    Optional<DocumentRecord> findByDigest(String sha256) throws LedgerException;

    /** The record anchored with this GB/T 36904 licence identifier or material id. */
    Optional<DocumentRecord> findById(String documentId) throws LedgerException;

    /** Every committed version of the record anchored with this SHA-256; empty when none is. */
    List<DocumentVersion> history(String sha256) throws LedgerException;

    /** The batch record holding the Merkle root and size that inclusion proofs are checked against. */
    Optional<BatchRecord> findBatch(String batchId) throws LedgerException;
}
