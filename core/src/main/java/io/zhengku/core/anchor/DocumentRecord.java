package io.zhengku.core.anchor;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An anchored document as the ledger records it (锚定记录), the one wire format the {@code zhengku} contract
 * writes under the document's digest and every client reads: the entry exactly as its issuer sealed it, where
 * and when it was anchored, and its status. Canonical JSON
 * {@code {anchoredAt, auditPath, batchId, entry, id, issuer, issuerMsp, leafIndex, sha256, status, txId}} plus the
 * fields of its {@link LastStatusChange}. {@code sha256}, {@code id} and {@code issuer} repeat the entry's values
 * at the top, for lookups; the entry stays verbatim, so a verifier recomputes the Merkle leaf and checks the seal
 * signature from the record alone. The audit path, computed by the contract from the batch it anchored, proves
 * the entry a leaf of that batch's root ({@link BatchRecord#verifyInclusion(DocumentRecord)}) without the
 * issuer's receipt.
 *
 * <pre>{@code
 * DocumentRecord record = DocumentRecord.parse(json);
 * boolean revoked = record.status() == DocumentStatus.REVOKED;
 * batch.verifyInclusion(record);       // the entry is a leaf of the batch record.batchId() anchored
 * byte[] stored = record.encode();     // the bytes every peer holds
 * }</pre>
 *
 * @param entry the anchored entry; its digest, document id and issuer code are the record's keys
 * @param issuerMsp the issuing region's MSP id, e.g. {@code ShanghaiMSP}
 * @param batchId the batch that first anchored the document
 * @param leafIndex the entry's position in that batch's Merkle tree
 * @param auditPath the RFC 6962 audit path of that leaf in that tree, lowercase hex, from the leaf's sibling up
 * @param transactionId the anchoring transaction
 * @param anchoredAt the anchoring transaction's time
 * @param status the current status
 * @param lastChange the latest status change, or {@code null} when the status never changed
 */
public record DocumentRecord(AnchorEntry entry, String issuerMsp, String batchId, long leafIndex,
                             List<String> auditPath, String transactionId, Instant anchoredAt, DocumentStatus status,
                             LastStatusChange lastChange) {

    private static final String WHAT = "document record";
    private static final Set<String> FIELDS = fields();

    /** Checks that every required part is there and the batch position is possible. */
    public DocumentRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(issuerMsp, "issuerMsp");
        FieldChecks.batchId(batchId, "batchId");
        if (leafIndex < 0) {
            throw new InvalidFieldException(Reason.MALFORMED, "leafIndex", "leafIndex must not be negative, got "
                    + leafIndex);
        }
        auditPath = List.copyOf(FieldChecks.required(auditPath, "auditPath"));
        for (String hash : auditPath) {
            FieldChecks.sha256Hex(hash, "auditPath");
        }
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(anchoredAt, "anchoredAt");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Reads a record as the contract stores it and answers {@code findByDigest}, {@code findById} or a status
     * change.
     *
     * @throws InvalidFieldException when it is not JSON or not such a record, naming the first wrong field
     */
    public static DocumentRecord parse(String json) {
        return fromJson(JsonObjectReader.parse(json, WHAT));
    }

    /**
     * Reads a record strictly: unknown fields, times not spelled as the contract writes them, and keys that
     * disagree with the entry are refused.
     *
     * @throws InvalidFieldException naming the first wrong field
     */
    public static DocumentRecord fromJson(JsonObjectReader json) {
        json.allowOnly(FIELDS);
        AnchorEntry entry = AnchorEntry.fromJson(json.object("entry"));
        requireSame(json, "sha256", entry.sha256());
        requireSame(json, "id", entry.documentId());
        requireSame(json, "issuer", entry.issuerCode());
        String issuerMsp = json.string("issuerMsp");
        String batchId = json.string("batchId");
        long leafIndex = json.integer("leafIndex");
        List<String> auditPath = json.strings("auditPath");
        String transactionId = json.string("txId");
        Instant anchoredAt = FieldChecks.instant(json.string("anchoredAt"), json.what() + " field anchoredAt");
        String status = json.string("status");
        LastStatusChange lastChange = LastStatusChange.readFrom(json);
        try {
            return new DocumentRecord(entry, issuerMsp, batchId, leafIndex, auditPath, transactionId, anchoredAt,
                    DocumentStatus.parse(status), lastChange);
        } catch (InvalidFieldException e) {
            throw e.within(json.what());
        }
    }

    /** The document's SHA-256, lowercase hex: the key it is found by in every region. */
    public String sha256() {
        return entry.sha256();
    }

    /** The same record after a status change. */
    public DocumentRecord withStatus(DocumentStatus next, LastStatusChange change) {
        return new DocumentRecord(entry, issuerMsp, batchId, leafIndex, auditPath, transactionId, anchoredAt, next,
                Objects.requireNonNull(change, "change"));
    }

    /** The record as a new, modifiable JSON map; a status that never changed adds no change fields. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sha256", entry.sha256());
        json.put("id", entry.documentId());
        json.put("issuer", entry.issuerCode());
        json.put("issuerMsp", issuerMsp);
        json.put("status", status.name());
        json.put("batchId", batchId);
        json.put("leafIndex", leafIndex);
        json.put("auditPath", auditPath);
        json.put("txId", transactionId);
        json.put("anchoredAt", anchoredAt.toString());
        json.put("entry", entry.toJson());
        if (lastChange != null) {
            lastChange.addTo(json);
        }
        return json;
    }

    /** The record's canonical JSON: the bytes the contract stores. */
    public byte[] encode() {
        return CanonicalJson.encode(toJson());
    }

    private static void requireSame(JsonObjectReader json, String name, String inEntry) {
        if (!json.string(name).equals(inEntry)) {
            String field = json.what() + " field " + name;
            throw new InvalidFieldException(Reason.INCONSISTENT, field, field + " disagrees with the anchored entry");
        }
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Set.of("anchoredAt", "auditPath", "batchId", "entry", "id", "issuer", "issuerMsp",
                "leafIndex", "sha256", "status", "txId"));
        fields.addAll(LastStatusChange.FIELDS);
        return Set.copyOf(fields);
    }
}
