package io.zhengku.core.anchor;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.InclusionProof;
import io.zhengku.core.merkle.MerkleProofException;
import io.zhengku.core.merkle.MerkleVerifier;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An anchored batch as the ledger records it (批次记录), the one wire format the {@code zhengku} contract writes
 * under the batch id and every client reads: the Merkle root and size an inclusion proof is checked against,
 * offline. Canonical JSON {@code {anchoredAt, batchId, issuerMsp, merkleRoot, size, txId}}; the contract's
 * {@code anchorBatch} answer and {@code BatchAnchored} event are this object with more fields.
 *
 * <pre>{@code
 * BatchRecord batch = BatchRecord.parse(json);
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

    /** The fields of a batch record. */
    public static final Set<String> FIELDS = Set.of("batchId", "merkleRoot", "size", "issuerMsp", "txId",
            "anchoredAt");

    /** Checks the id, the root and the size. */
    public BatchRecord {
        FieldChecks.batchId(batchId, "batchId");
        FieldChecks.sha256Hex(merkleRoot, "merkleRoot");
        if (size < 1) {
            throw new InvalidFieldException(Reason.MALFORMED, "size", "a batch holds at least one entry, got size "
                    + size);
        }
        Objects.requireNonNull(issuerMsp, "issuerMsp");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(anchoredAt, "anchoredAt");
    }

    /**
     * Reads a record as the contract stores it and answers {@code findBatch}.
     *
     * @throws InvalidFieldException when it is not JSON or not such a record, naming the first wrong field
     */
    public static BatchRecord parse(String json) {
        return fromJson(JsonObjectReader.parse(json, "batch record"));
    }

    /**
     * Reads a record strictly: unknown fields are refused.
     *
     * @throws InvalidFieldException naming the first wrong field
     */
    public static BatchRecord fromJson(JsonObjectReader json) {
        return readFrom(json.allowOnly(FIELDS));
    }

    /**
     * Reads the record's {@link #FIELDS} from an object that extends it (such as the {@code BatchAnchored}
     * event), whose other fields are the caller's to check.
     *
     * @throws InvalidFieldException naming the first wrong field
     */
    public static BatchRecord readFrom(JsonObjectReader json) {
        String batchId = json.string("batchId");
        String merkleRoot = json.string("merkleRoot");
        long size = json.integer("size");
        String issuerMsp = json.string("issuerMsp");
        String transactionId = json.string("txId");
        Instant anchoredAt = FieldChecks.instant(json.string("anchoredAt"), json.what() + " field anchoredAt");
        try {
            return new BatchRecord(batchId, merkleRoot, size, issuerMsp, transactionId, anchoredAt);
        } catch (InvalidFieldException e) {
            throw e.within(json.what());
        }
    }

    /** The record as a new, modifiable JSON map, to which the contract's answers and events add fields. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batchId", batchId);
        json.put("merkleRoot", merkleRoot);
        json.put("size", size);
        json.put("issuerMsp", issuerMsp);
        json.put("txId", transactionId);
        json.put("anchoredAt", anchoredAt.toString());
        return json;
    }

    /** The record's canonical JSON: the bytes the contract stores. */
    public byte[] encode() {
        return CanonicalJson.encode(toJson());
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

    /**
     * Checks that the anchored record's entry is a leaf of this batch by the audit path the contract wrote
     * into the record, so a verifier needs nothing from the issuer.
     *
     * @throws MerkleProofException when the path does not lead from the entry to this root
     * @throws IllegalArgumentException when the record names another batch: the caller read the wrong one
     */
    public void verifyInclusion(DocumentRecord record) throws MerkleProofException {
        if (!record.batchId().equals(batchId)) {
            throw new IllegalArgumentException("the record was anchored in batch " + record.batchId() + ", not in "
                    + batchId);
        }
        HexFormat hex = HexFormat.of();
        MerkleVerifier.verify(record.entry().leaf(), record.leafIndex(), size,
                record.auditPath().stream().map(hex::parseHex).toList(), hex.parseHex(merkleRoot));
    }
}
