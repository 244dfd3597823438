package io.zhengku.chaincode;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.json.JsonObjectReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the ledger holds per anchored document (锚定记录), under {@link Keys#document(String)}. The entry is kept
 * verbatim under {@code entry}, so a verifier recomputes the Merkle leaf and checks the seal signature from
 * the record alone; {@code sha256}, {@code id}, {@code issuer}, {@code status} and {@code batchId} are at the
 * top for lookups (clients rely on those names).
 *
 * <pre>{@code
 * {"anchoredAt":"2026-11-02T08:00:00Z","batchId":"sh-1","entry":{...},"id":"1.2.156.3005.2....",
 *  "issuer":"<USCC>","issuerMsp":"ShanghaiMSP","leafIndex":0,"sha256":"<hex>","status":"ACTIVE","txId":"..."}
 * }</pre>
 *
 * @param entry the anchored entry
 * @param issuerMsp the issuing region
 * @param batchId the batch it was anchored in
 * @param leafIndex its position in that batch's Merkle tree
 * @param txId the anchoring transaction
 * @param anchoredAt the anchoring transaction's time, ISO-8601 UTC
 * @param status the current status
 * @param change the latest status change, or {@code null} when it never changed
 */
record DocumentRecord(AnchorEntry entry, String issuerMsp, String batchId, long leafIndex, String txId,
                      String anchoredAt, DocumentStatus status, StatusChange change) {

    static DocumentRecord fromState(JsonObjectReader stored) {
        return new DocumentRecord(AnchorEntry.fromJson(stored.object("entry")), stored.string("issuerMsp"),
                stored.string("batchId"), stored.integer("leafIndex"), stored.string("txId"),
                stored.string("anchoredAt"), DocumentStatus.valueOf(stored.string("status")),
                StatusChange.fromState(stored));
    }

    String sha256() {
        return entry.sha256();
    }

    /** The issuing department's unified social credit code. */
    String issuer() {
        return entry.issuerCode();
    }

    DocumentRecord withStatus(DocumentStatus next, StatusChange nextChange) {
        return new DocumentRecord(entry, issuerMsp, batchId, leafIndex, txId, anchoredAt, next, nextChange);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sha256", entry.sha256());
        json.put("id", entry.documentId());
        json.put("issuer", entry.issuerCode());
        json.put("issuerMsp", issuerMsp);
        json.put("status", status.name());
        json.put("batchId", batchId);
        json.put("leafIndex", leafIndex);
        json.put("txId", txId);
        json.put("anchoredAt", anchoredAt);
        json.put("entry", entry.toJson());
        if (change != null) {
            change.addTo(json);
        }
        return json;
    }
}
