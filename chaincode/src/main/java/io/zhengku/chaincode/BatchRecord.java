package io.zhengku.chaincode;

import io.zhengku.core.json.JsonObjectReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the ledger holds per anchored batch, under {@link Keys#batch(String)}: the Merkle root a holder's
 * inclusion proof is checked against, offline.
 *
 * @param batchId the batch id
 * @param merkleRoot RFC 6962 root over the entries' canonical JSON, lowercase hex
 * @param size the number of entries (leaves)
 * @param issuerMsp the anchoring region
 * @param txId the anchoring transaction
 * @param anchoredAt the anchoring transaction's time, ISO-8601 UTC
 */
record BatchRecord(String batchId, String merkleRoot, long size, String issuerMsp, String txId, String anchoredAt) {

    static BatchRecord fromState(JsonObjectReader stored) {
        return new BatchRecord(stored.string("batchId"), stored.string("merkleRoot"), stored.integer("size"),
                stored.string("issuerMsp"), stored.string("txId"), stored.string("anchoredAt"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batchId", batchId);
        json.put("merkleRoot", merkleRoot);
        json.put("size", size);
        json.put("issuerMsp", issuerMsp);
        json.put("txId", txId);
        json.put("anchoredAt", anchoredAt);
        return json;
    }
}
