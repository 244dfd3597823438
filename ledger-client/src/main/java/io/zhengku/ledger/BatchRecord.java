package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.InclusionProof;
import io.zhengku.core.merkle.MerkleProofException;
import io.zhengku.core.merkle.MerkleVerifier;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * An anchored batch as the ledger records it (批次记录): the Merkle root and size an inclusion proof is checked
 * against, read from any region's peer.
 *
 * <pre>{@code
 * BatchRecord batch = ledger.findBatch(receipt.batchId()).orElseThrow();
 * batch.verifyInclusion(entry, receipt.proof()); // throws MerkleProofException when it does not hold
 * }</pre>
 *
 * @param batchId the batch id
 * @param merkleRoot the RFC 6962 root over the entries' canonical JSON, lowercase hex
 * @param size the number of entries (leaves)
 * @param issuerMsp the anchoring region's MSP id
 * @param transactionId the anchoring transaction
 * @param anchoredAt the anchoring transaction's time
 */
public record BatchRecord(String batchId, String merkleRoot, long size, String issuerMsp, String transactionId,
                          Instant anchoredAt) {

    /** The fields of the contract's batch record. */
    static final Set<String> FIELDS = Set.of("batchId", "merkleRoot", "size", "issuerMsp", "txId",
            "anchoredAt");

    /** Checks the id, the root and the size. */
    public BatchRecord {
        FieldChecks.batchId(batchId, "batchId");
        FieldChecks.sha256Hex(merkleRoot, "merkleRoot");
        if (size < 1) {
            throw new IllegalArgumentException("a batch holds at least one entry, got size " + size);
        }
        Objects.requireNonNull(issuerMsp, "issuerMsp");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(anchoredAt, "anchoredAt");
    }

    /**
     * Reads the contract's {@code findBatch} answer.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static BatchRecord parse(String json) throws LedgerException {
        return Responses.read(json, "batch record", BatchRecord::fromJson);
    }

    private static BatchRecord fromJson(JsonObjectReader json) {
        return fields(json.allowOnly(FIELDS));
    }

    /** Reads the record's {@link #FIELDS} from {@code json}, which may hold others that the caller checks. */
    static BatchRecord fields(JsonObjectReader json) {
        return new BatchRecord(json.string("batchId"), json.string("merkleRoot"), json.integer("size"),
                json.string("issuerMsp"), json.string("txId"), Responses.instant(json, "anchoredAt"));
    }

    /**
     * Checks that {@code proof} proves {@code entry} is a leaf of this batch. The size is this record's, never
     * the proof's: RFC 6962 hashes do not commit to it, so it must come from the anchored record.
     *
     * @throws MerkleProofException when the proof does not hold, with the reason
     */
    public void verifyInclusion(AnchorEntry entry, InclusionProof proof) throws MerkleProofException {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(proof, "proof");
        MerkleVerifier.verify(entry.leaf(), proof.leafIndex(), size, proof.hashes(),
                HexFormat.of().parseHex(merkleRoot));
    }
}
