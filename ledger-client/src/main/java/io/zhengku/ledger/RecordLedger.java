package io.zhengku.ledger;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import java.util.List;
import java.util.Optional;

/**
 * The ledger (账本) as a verifier reads it from its own region's peer: document records, their history, the
 * batch roots inclusion proofs are checked against, and all of it at once for a verification. Every failure is
 * a {@link LedgerException}; absence is an empty result, not a failure.
 *
 * <pre>{@code
 * Optional<VerificationEvidence> evidence = ledger.findEvidence(entry.sha256()); // one peer read
 * ledger.findBatch(receipt.batchId()).orElseThrow().verifyInclusion(entry, receipt.proof());
 * }</pre>
 */
public interface RecordLedger {

    /** The record anchored with this SHA-256 (lowercase hex), read from the caller's region's peer. */
    Optional<DocumentRecord> findByDigest(String sha256) throws LedgerException;

    /** The record anchored with this SHA-256 with its batch, department and seal, read in one call. */
    Optional<VerificationEvidence> findEvidence(String sha256) throws LedgerException;

    /** The record anchored with this identifier with its batch, department and seal, read in one call. */
    Optional<VerificationEvidence> findEvidenceById(String documentId) throws LedgerException;

    /** Every committed version of the record anchored with this SHA-256; empty when none is. */
    List<DocumentVersion> history(String sha256) throws LedgerException;

    /** The batch record holding the Merkle root and size that inclusion proofs are checked against. */
    Optional<BatchRecord> findBatch(String batchId) throws LedgerException;
}
