package io.zhengku.core.anchor;

import io.zhengku.core.anchor.AnchorBatchException.Reason;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.MerkleTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A batch of documents anchored in one transaction (批量锚定): its id, the RFC 6962 Merkle root over the
 * entries' {@link AnchorEntry#leaf() leaves}, and the entries in leaf order. A valid {@code AnchorBatch}
 * holds at least one entry, no duplicate digest or document id, and a root that matches its entries.
 * The issuer builds one with {@link #of}; the chaincode reads and checks one with {@link #fromJson}.
 *
 * <pre>{@code
 * AnchorBatch batch = AnchorBatch.of("sh-20261102-000001", List.of(entry0, entry1));
 * String json = CanonicalJson.encodeToString(batch.toJson());
 * // {"batchId":"sh-20261102-000001","entries":[{...},{...}],"merkleRoot":"<hex>","size":2}
 * InclusionProof proof = batch.merkleTree().inclusionProof(1);
 * }</pre>
 *
 * @param batchId 1 to 64 characters of A-Z, a-z, 0-9, {@code . _ : -}
 * @param merkleRoot the root, lowercase hex
 * @param entries the entries; leaf index = position
 */
public record AnchorBatch(String batchId, String merkleRoot, List<AnchorEntry> entries) {

    private static final Set<String> FIELDS = Set.of("batchId", "merkleRoot", "size", "entries");

    /**
     * Checks the id, the entries and the root.
     *
     * @throws InvalidFieldException for a malformed id or root, or no entries
     * @throws AnchorBatchException {@link Reason#DUPLICATE_ENTRY} or {@link Reason#ROOT_MISMATCH}
     */
    public AnchorBatch {
        FieldChecks.batchId(batchId, "batchId");
        FieldChecks.sha256Hex(merkleRoot, "merkleRoot");
        entries = List.copyOf(FieldChecks.required(entries, "entries"));
        if (entries.isEmpty()) {
            throw new InvalidFieldException(InvalidFieldException.Reason.MALFORMED, "entries",
                    "a batch holds at least one entry");
        }
        requireNoDuplicates(entries);
        requireRoot(merkleRoot, entries);
    }

    /** The batch of {@code entries} under {@code batchId}, with the root computed. */
    public static AnchorBatch of(String batchId, List<AnchorEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        return new AnchorBatch(batchId, rootHex(entries), entries);
    }

    /**
     * Reads {@code {"batchId","merkleRoot","size","entries":[...]}} of 1 to {@code maxEntries} entries.
     * The size is checked before any entry is read, so an oversized batch costs little to refuse.
     *
     * @throws AnchorBatchException {@link Reason#TOO_LARGE} before the entries are read, then
     *     {@link Reason#DUPLICATE_ENTRY} or {@link Reason#ROOT_MISMATCH}
     * @throws InvalidFieldException for a malformed batch or entry, naming it (e.g. {@code "batch entry 7"})
     */
    public static AnchorBatch fromJson(JsonObjectReader batch, int maxEntries) {
        batch.allowOnly(FIELDS);
        long size = batch.integer("size");
        if (size > maxEntries) {
            throw new AnchorBatchException(Reason.TOO_LARGE, "batch size " + size + " exceeds the " + maxEntries
                    + " entries one transaction may anchor; split it into smaller batches");
        }
        List<JsonObjectReader> items = batch.objects("entries", "batch entry");
        if (size < 1 || items.size() != size) {
            throw new InvalidFieldException(InvalidFieldException.Reason.INCONSISTENT, "batch size", "batch size is "
                    + size + " but it holds " + items.size() + " entries; a batch holds at least one entry and says"
                    + " how many");
        }
        List<AnchorEntry> entries = new ArrayList<>(items.size());
        for (JsonObjectReader item : items) {
            entries.add(AnchorEntry.fromJson(item));
        }
        return new AnchorBatch(batch.string("batchId"), batch.string("merkleRoot"), entries);
    }

    /** The batch as a new JSON map, as {@link #fromJson} reads it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batchId", batchId);
        json.put("merkleRoot", merkleRoot);
        json.put("size", entries.size());
        json.put("entries", entries.stream().map(AnchorEntry::toJson).toList());
        return json;
    }

    /** The Merkle tree over the entries' leaves, built anew on each call, for inclusion proofs. */
    public MerkleTree merkleTree() {
        return treeOf(entries);
    }

    private static MerkleTree treeOf(List<AnchorEntry> entries) {
        return MerkleTree.of(entries.stream().map(AnchorEntry::leaf).toList());
    }

    private static String rootHex(List<AnchorEntry> entries) {
        return HexFormat.of().formatHex(treeOf(entries).root());
    }

    private static void requireNoDuplicates(List<AnchorEntry> entries) {
        Set<String> digests = new HashSet<>();
        Set<String> documentIds = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AnchorEntry entry = entries.get(i);
            if (!digests.add(entry.sha256()) || !documentIds.add(entry.documentId())) {
                throw new AnchorBatchException(Reason.DUPLICATE_ENTRY, "batch entry " + i + " repeats the digest "
                        + entry.sha256() + " or the document id " + entry.documentId()
                        + " of an earlier entry; anchor each document once");
            }
        }
    }

    private static void requireRoot(String merkleRoot, List<AnchorEntry> entries) {
        String computed = rootHex(entries);
        if (!computed.equals(merkleRoot)) {
            throw new AnchorBatchException(Reason.ROOT_MISMATCH, "merkleRoot " + merkleRoot + " is not the root of"
                    + " the entries, which is " + computed + "; compute it over each entry's canonical JSON in order");
        }
    }
}
