package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.merkle.InclusionProof;
import io.zhengku.core.merkle.MerkleProofException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Proof that a document is anchored (锚定回执): the transaction that committed VALID, its block, the batch
 * and the document's leaf in it, and the inclusion proof (包含证明) a holder can carry and check offline
 * against the batch's root, which any region's peer returns with {@link RecordLedger#findBatch}.
 *
 * <pre>{@code
 * AnchorReceipt receipt = ledger.anchor(entry).join();
 * receipt.verify(entry); // throws MerkleProofException when the proof does not lead to merkleRoot
 * }</pre>
 *
 * @param transactionId the transaction whose VALID commit anchored the batch
 * @param blockNumber the block holding that transaction
 * @param batchId the batch whose root commits to the entry
 * @param leafIndex the entry's position in the batch
 * @param treeSize the number of entries in the batch
 * @param merkleRoot the batch's RFC 6962 root, lowercase hex
 * @param proof the audit path from the entry's leaf to {@code merkleRoot}
 */
public record AnchorReceipt(String transactionId, long blockNumber, String batchId, long leafIndex, long treeSize,
                           String merkleRoot, InclusionProof proof) {

    /** Checks every part and that the proof is for this leaf index and tree size. */
    public AnchorReceipt {
        Objects.requireNonNull(transactionId, "transactionId");
        if (blockNumber < 0) {
            throw new IllegalArgumentException("blockNumber must not be negative, got " + blockNumber);
        }
        FieldChecks.batchId(batchId, "batchId");
        FieldChecks.sha256Hex(merkleRoot, "merkleRoot");
        Objects.requireNonNull(proof, "proof");
        if (proof.leafIndex() != leafIndex || proof.treeSize() != treeSize) {
            throw new IllegalArgumentException("the proof is for leaf " + proof.leafIndex() + " of "
                    + proof.treeSize() + ", not for leaf " + leafIndex + " of " + treeSize);
        }
    }

    /**
     * Checks that the proof leads from {@code entry}'s leaf to this receipt's root. To trust the root, compare
     * it with the one {@link RecordLedger#findBatch} reads, or use {@link BatchRecord#verifyInclusion}.
     *
     * @throws MerkleProofException when it does not
     */
    public void verify(AnchorEntry entry) throws MerkleProofException {
        Objects.requireNonNull(entry, "entry");
        proof.verify(entry.leaf(), HexFormat.of().parseHex(merkleRoot));
    }
}
