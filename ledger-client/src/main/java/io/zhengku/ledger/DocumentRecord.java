package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An anchored document as the ledger records it (锚定记录): the entry exactly as its issuer sealed it, where
 * and when it was anchored, and its status. Read from the {@code zhengku} contract's JSON
 * {@code {anchoredAt, batchId, entry, id, issuer, issuerMsp, leafIndex, sha256, status, txId}} plus the
 * fields of its last status change.
 *
 * <pre>{@code
 * DocumentRecord record = DocumentRecord.parse(json);
 * boolean revoked = record.status() == DocumentStatus.REVOKED;
 * byte[] leaf = record.entry().leaf(); // the Merkle leaf of the batch record.batchId()
 * }</pre>
 *
 * @param entry the anchored entry; its digest, document id and issuer code are the record's keys
 * @param issuerMsp the issuing region's MSP id, e.g. {@code ShanghaiMSP}
 * @param batchId the batch that first anchored the document
 * @param leafIndex the entry's position in that batch's Merkle tree
 * @param transactionId the anchoring transaction
 * @param anchoredAt the anchoring transaction's time
 * @param status the current status
 * @param lastChange the latest status change, or {@code null} when the status never changed
 */
public record DocumentRecord(AnchorEntry entry, String issuerMsp, String batchId, long leafIndex,
                             String transactionId, Instant anchoredAt, DocumentStatus status,
                             LastStatusChange lastChange) {

    private static final Set<String> FIELDS = Set.of("anchoredAt", "batchId", "entry", "id", "issuer", "issuerMsp",
            "leafIndex", "sha256", "status", "txId", "statusChangedAt", "statusTxId", "reasonCode", "reasonText",
            "supersededBy");

    /** Checks that every required part is there and the batch position is possible. */
    public DocumentRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(issuerMsp, "issuerMsp");
        FieldChecks.batchId(batchId, "batchId");
        if (leafIndex < 0) {
            throw new IllegalArgumentException("leafIndex must not be negative, got " + leafIndex);
        }
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(anchoredAt, "anchoredAt");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Reads a record as {@code findByDigest}, {@code findById} or a status change returns it.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static DocumentRecord parse(String json) throws LedgerException {
        return Responses.read(json, "document record", DocumentRecord::fromJson);
    }

    /** Reads a record strictly: unknown fields, and keys that disagree with the entry, are refused. */
    static DocumentRecord fromJson(JsonObjectReader json) {
        json.allowOnly(FIELDS);
        AnchorEntry entry = AnchorEntry.fromJson(json.object("entry"));
        Responses.requireSame(json, "sha256", entry.sha256());
        Responses.requireSame(json, "id", entry.documentId());
        Responses.requireSame(json, "issuer", entry.issuerCode());
        return new DocumentRecord(entry, json.string("issuerMsp"), json.string("batchId"), json.integer("leafIndex"),
                json.string("txId"), Responses.instant(json, "anchoredAt"),
                Responses.constant(json, "status", DocumentStatus.class), LastStatusChange.fromRecord(json));
    }

    /** The document's SHA-256, lowercase hex: the key it is found by in every region. */
    public String sha256() {
        return entry.sha256();
    }
}
