package io.zhengku.ledger;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.InclusionProof;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An anchor receipt as JSON, the form the vault stores and puts in proof bundles and a verifier reads back:
 * {@code transactionId}, {@code blockNumber}, {@code batchId}, {@code leafIndex}, {@code treeSize},
 * {@code merkleRoot} and {@code proof} (the audit path's hashes in lowercase hex).
 */
public final class ReceiptJson {

    private static final HexFormat HEX = HexFormat.of();

    private ReceiptJson() {
    }

    public static Map<String, Object> toMap(AnchorReceipt receipt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("transactionId", receipt.transactionId());
        json.put("blockNumber", receipt.blockNumber());
        json.put("batchId", receipt.batchId());
        json.put("leafIndex", receipt.leafIndex());
        json.put("treeSize", receipt.treeSize());
        json.put("merkleRoot", receipt.merkleRoot());
        json.put("proof", receipt.proof().hexHashes());
        return json;
    }

    public static String toJson(AnchorReceipt receipt) {
        return CanonicalJson.encodeToString(toMap(receipt));
    }

    public static AnchorReceipt fromJson(String json) {
        return fromJson(JsonObjectReader.parse(json, "anchor receipt"));
    }

    /**
     * @throws io.zhengku.core.json.InvalidFieldException or {@link IllegalArgumentException} when a part is
     *     missing or malformed
     */
    public static AnchorReceipt fromJson(JsonObjectReader in) {
        long leafIndex = in.integer("leafIndex");
        long treeSize = in.integer("treeSize");
        // Strictly lowercase, as written: one value has one spelling, so a changed byte never passes as the same.
        List<byte[]> hashes = in.strings("proof").stream()
                .map(hash -> HEX.parseHex(FieldChecks.sha256Hex(hash, in.what() + ": proof"))).toList();
        return new AnchorReceipt(in.string("transactionId"), in.integer("blockNumber"), in.string("batchId"),
                leafIndex, treeSize, in.string("merkleRoot"), new InclusionProof(leafIndex, treeSize, hashes));
    }
}
