package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.MerkleTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Anchors a batch of documents in one transaction (锚定). Everything is checked before anything is written,
 * so a refused batch leaves the state as it was.
 *
 * <p>The seal signature of each entry is NOT verified here: it would cost a signature verification per
 * document on every endorsing peer, inside the transaction that must stay fast, and it adds nothing to
 * trust, because a verifier's ISSUER check verifies it from ledger data alone (the entry and the seal
 * certificate are both on the ledger). The contract checks what only it can enforce: who may anchor for
 * which department, type and seal, and that nothing already anchored is overwritten.
 */
final class Anchoring {

    /** The chaincode event set for every anchored batch. */
    static final String BATCH_ANCHORED = "BatchAnchored";

    private final LedgerState state;
    private final IssuerRegistry registry;
    private final Regions regions;
    private final int maxEntries;

    Anchoring(LedgerState state, IssuerRegistry registry, Regions regions, int maxEntries) {
        this.state = state;
        this.registry = registry;
        this.regions = regions;
        this.maxEntries = maxEntries;
    }

    /**
     * Anchors the batch and returns the batch record with {@code anchored} (digests written now) and
     * {@code alreadyAnchored} (digests this issuer had anchored before, left untouched). Submitting the same
     * batch again returns its record without writing, so a client may resubmit after a timeout.
     */
    String anchorBatch(Caller caller, String batchJson) {
        AnchorBatch batch = AnchorBatch.fromJson(JsonObjectReader.parse(batchJson, "batch"), maxEntries);
        Optional<BatchRecord> existing = state.read(Keys.batch(batch.batchId()), "batch " + batch.batchId())
                .map(BatchRecord::fromJson);
        if (existing.isPresent()) {
            return replayed(caller, batch, existing.get());
        }
        List<Integer> fresh = new ArrayList<>();
        List<String> alreadyAnchored = new ArrayList<>();
        IssuerCheck issuerCheck = new IssuerCheck(registry, caller, state.now());
        for (int i = 0; i < batch.entries().size(); i++) {
            AnchorEntry entry = batch.entries().get(i);
            issuerCheck.check(entry, "batch entry " + i);
            if (isNew(entry, "batch entry " + i)) {
                fresh.add(i);
            } else {
                alreadyAnchored.add(entry.sha256());
            }
        }
        BatchRecord record = new BatchRecord(batch.batchId(), batch.merkleRoot(), batch.entries().size(),
                caller.msp(), state.txId(), state.now());
        List<String> anchored = write(batch, fresh, record, regions.policyFor(caller.msp()));
        Map<String, Object> event = record.toJson();
        event.put("anchored", anchored);
        state.emit(BATCH_ANCHORED, event);
        event.put("alreadyAnchored", alreadyAnchored);
        return CanonicalJson.encodeToString(event);
    }

    /** Whether the entry is to be written: false when its issuer anchored it before. */
    private boolean isNew(AnchorEntry entry, String what) {
        Optional<DocumentRecord> existing = state.read(Keys.document(entry.sha256()), "document " + entry.sha256())
                .map(DocumentRecord::fromJson);
        if (existing.isPresent()) {
            String issuer = existing.get().entry().issuerCode();
            if (!issuer.equals(entry.issuerCode())) {
                throw refuse(RefusalCode.DIGEST_ANCHORED_BY_OTHER_ISSUER, what + ": digest " + entry.sha256()
                        + " is already anchored by issuer " + issuer + "; it cannot be anchored again by "
                        + entry.issuerCode());
            }
            return false;
        }
        if (state.bytes(Keys.documentId(entry.documentId())).isPresent()) {
            throw refuse(RefusalCode.DOCUMENT_ID_TAKEN, what + ": document id " + entry.documentId()
                    + " is already anchored for another digest; give a changed document a new id or version");
        }
        return true;
    }

    /** Each record carries its audit path, so a verifier proves its inclusion without the issuer's receipt. */
    private List<String> write(AnchorBatch batch, List<Integer> fresh, BatchRecord record, byte[] policy) {
        List<String> anchored = new ArrayList<>(fresh.size());
        MerkleTree tree = batch.merkleTree();
        for (int index : fresh) {
            AnchorEntry entry = batch.entries().get(index);
            DocumentRecord document = new DocumentRecord(entry, record.issuerMsp(), record.batchId(), index,
                    tree.inclusionProof(index).hexHashes(), record.transactionId(), record.anchoredAt(),
                    DocumentStatus.ACTIVE, null);
            String key = Keys.document(entry.sha256());
            state.write(key, document.toJson());
            state.protect(key, policy);
            state.write(Keys.documentId(entry.documentId()), Map.of("sha256", entry.sha256()));
            anchored.add(entry.sha256());
        }
        String batchKey = Keys.batch(record.batchId());
        state.write(batchKey, record.toJson());
        state.protect(batchKey, policy);
        return anchored;
    }

    private String replayed(Caller caller, AnchorBatch batch, BatchRecord existing) {
        if (!existing.issuerMsp().equals(caller.msp()) || !existing.merkleRoot().equals(batch.merkleRoot())) {
            throw refuse(RefusalCode.BATCH_EXISTS, "batch " + batch.batchId() + " was anchored by "
                    + existing.issuerMsp() + " with root " + existing.merkleRoot() + "; choose a new batch id");
        }
        Map<String, Object> result = existing.toJson();
        result.put("anchored", List.of());
        result.put("alreadyAnchored", batch.entries().stream().map(AnchorEntry::sha256).toList());
        return CanonicalJson.encodeToString(result);
    }
}
