package io.zhengku.chaincode;

import io.zhengku.core.merkle.MerkleTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A batch of documents anchored in one transaction (批量锚定): its id, the Merkle root over the entries'
 * canonical JSON (RFC 6962 hashing), and the entries in leaf order. A valid {@code AnchorBatch} has no
 * duplicate digest or document id and a root that matches its entries.
 *
 * <pre>{@code
 * {"batchId":"sh-20261102-000001","merkleRoot":"<hex>","size":2,"entries":[{...},{...}]}
 * }</pre>
 *
 * @param batchId 1 to 64 characters of A-Z, a-z, 0-9, {@code . _ : -}
 * @param merkleRoot the submitted root, lowercase hex
 * @param entries the entries; leaf index = position
 */
record AnchorBatch(String batchId, String merkleRoot, List<AnchorEntry> entries) {

    static final Set<String> FIELDS = Set.of("batchId", "merkleRoot", "size", "entries");

    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    AnchorBatch {
        batchId(batchId);
        Checks.sha256Hex(merkleRoot, "merkleRoot");
        entries = List.copyOf(entries);
        requireNoDuplicates(entries);
        requireRoot(merkleRoot, entries);
    }

    /**
     * Reads a batch of 1 to {@code maxEntries} entries.
     *
     * @throws org.hyperledger.fabric.shim.ChaincodeException {@link ErrorCode#BATCH_TOO_LARGE} before the
     *     entries are read, then {@link ErrorCode#INVALID_ARGUMENT}, {@link ErrorCode#DUPLICATE_IN_BATCH} or
     *     {@link ErrorCode#BATCH_ROOT_MISMATCH}
     */
    static AnchorBatch fromJson(String json, int maxEntries) {
        JsonFields batch = JsonFields.parse(json, "batch").allowOnly(FIELDS);
        long size = batch.integer("size");
        if (size > maxEntries) {
            throw ErrorCode.BATCH_TOO_LARGE.refuse("batch size " + size + " exceeds the " + maxEntries
                    + " entries one transaction may anchor; split it into smaller batches");
        }
        List<JsonFields> items = batch.objects("entries", "batch entry");
        if (size < 1 || items.size() != size) {
            throw ErrorCode.INVALID_ARGUMENT.refuse("batch size is " + size + " but it holds " + items.size()
                    + " entries; a batch holds at least one entry and says how many");
        }
        List<AnchorEntry> entries = new ArrayList<>(items.size());
        for (JsonFields item : items) {
            entries.add(AnchorEntry.fromJson(item));
        }
        return new AnchorBatch(batch.string("batchId"), batch.string("merkleRoot"), entries);
    }

    /** Refuses text that is not a batch id; returns it unchanged. */
    static String batchId(String batchId) {
        return Checks.matching(BATCH_ID, batchId, "batchId", "1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':', '-'");
    }

    private static void requireNoDuplicates(List<AnchorEntry> entries) {
        Set<String> digests = new HashSet<>();
        Set<String> documentIds = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AnchorEntry entry = entries.get(i);
            if (!digests.add(entry.sha256()) || !documentIds.add(entry.documentId())) {
                throw ErrorCode.DUPLICATE_IN_BATCH.refuse("batch entry " + i + " repeats the digest "
                        + entry.sha256() + " or the document id " + entry.documentId()
                        + " of an earlier entry; anchor each document once");
            }
        }
    }

    private static void requireRoot(String merkleRoot, List<AnchorEntry> entries) {
        String computed = HexFormat.of().formatHex(MerkleTree.of(entries.stream().map(AnchorEntry::leaf).toList()).root());
        if (!computed.equals(merkleRoot)) {
            throw ErrorCode.BATCH_ROOT_MISMATCH.refuse("merkleRoot " + merkleRoot + " is not the root of the"
                    + " entries, which is " + computed + "; compute it over each entry's canonical JSON in order");
        }
    }
}
