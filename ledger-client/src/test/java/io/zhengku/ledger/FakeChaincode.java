package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.ledger.LedgerException.Reason;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * An in-memory stand-in for the {@code zhengku} contract behind a peer, for unit tests of the batcher: it
 * reads the batch from its JSON, anchors each digest once (skipping one its issuer anchored before), replays a
 * whole batch submitted again under its id, refuses an entry by {@code "CODE: batch entry N: ..."}, and
 * invalidates a commit whose keys changed since endorsement (MVCC). Tests tell it to fail submissions, lose a
 * commit, answer a conflict, or commit late.
 */
final class FakeChaincode implements AnchorTransactions {

    static final String MSP = "ShanghaiMSP";
    static final Instant ANCHORED_AT = Instant.parse("2026-11-02T08:00:01Z");

    /** What happens to the next commit the batcher awaits. */
    enum CommitFault {
        /** The orderer loses the transaction: the wait times out and it never commits. */
        LOSE,
        /** The transaction commits but the wait times out before the client hears of it. */
        COMMIT_UNHEARD,
        /** The wait times out and the transaction stays with the orderer until {@link #deliverLate()}. */
        DELAY,
        /** The peers invalidate it with MVCC_READ_CONFLICT. */
        MVCC_CONFLICT,
        /** The peers invalidate it with ENDORSEMENT_POLICY_FAILURE. */
        POLICY_FAILURE
    }

    private record Endorsed(String txId, AnchorBatch batch, List<Integer> fresh, Map<String, Integer> versions) {
    }

    private final Map<String, DocumentRecord> documents = new HashMap<>();
    private final Map<String, AnchorBatch> batches = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, Integer> writes = new HashMap<>();
    private final Map<String, Endorsed> endorsed = new HashMap<>();
    private final Map<String, Commit> commits = new HashMap<>();
    private final Map<String, RefusalCode> refusedDigests = new HashMap<>();
    private final Queue<RuntimeException> submitBugs = new ArrayDeque<>();
    private final Queue<LedgerException> submitFailures = new ArrayDeque<>();
    private final Queue<CommitFault> commitFaults = new ArrayDeque<>();
    private final Queue<Runnable> beforeCommit = new ArrayDeque<>();
    private final List<String> submittedBatchIds = new ArrayList<>();
    private Endorsed delayed;
    private long block;
    private int outstanding;
    private int maxOutstanding;

    @Override
    public Submitted submit(AnchorBatch submitted) throws LedgerException {
        submittedBatchIds.add(submitted.batchId());
        if (!submitBugs.isEmpty()) {
            throw submitBugs.remove();
        }
        if (!submitFailures.isEmpty()) {
            throw submitFailures.remove();
        }
        AnchorBatch batch = AnchorBatch.fromJson(JsonObjectReader.parse(
                CanonicalJson.encodeToString(submitted.toJson()), "batch"), 2000);
        String txId = "tx" + submittedBatchIds.size();
        Map<String, Integer> read = new HashMap<>();
        List<Integer> fresh = endorse(batch, txId, read);
        endorsed.put(txId, new Endorsed(txId, batch, fresh, read));
        maxOutstanding = Math.max(maxOutstanding, ++outstanding);
        return new Submitted(txId);
    }

    private List<Integer> endorse(AnchorBatch batch, String txId, Map<String, Integer> read) throws LedgerException {
        read.put("batch:" + batch.batchId(), versions.getOrDefault("batch:" + batch.batchId(), 0));
        AnchorBatch existing = batches.get(batch.batchId());
        if (existing != null && !existing.merkleRoot().equals(batch.merkleRoot())) {
            throw LedgerException.refusal("BATCH_EXISTS: batch " + batch.batchId() + " was anchored with root "
                    + existing.merkleRoot() + "; choose a new batch id", txId, null);
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; existing == null && i < batch.entries().size(); i++) {
            AnchorEntry entry = batch.entries().get(i);
            read.put(entry.sha256(), versions.getOrDefault(entry.sha256(), 0));
            if (refusedDigests.containsKey(entry.sha256())) {
                throw LedgerException.refusal(refusedDigests.get(entry.sha256()) + ": batch entry " + i
                        + ": refused for the test", txId, null);
            }
            DocumentRecord anchored = documents.get(entry.sha256());
            if (anchored != null && !anchored.entry().issuerCode().equals(entry.issuerCode())) {
                throw LedgerException.refusal("DIGEST_ANCHORED_BY_OTHER_ISSUER: batch entry " + i + ": digest "
                        + entry.sha256() + " is already anchored by issuer " + anchored.entry().issuerCode(), txId, null);
            }
            if (anchored == null) {
                fresh.add(i);
            }
        }
        return fresh;
    }

    @Override
    public Commit awaitCommit(String transactionId) throws LedgerException {
        if (commits.containsKey(transactionId)) {
            return commits.get(transactionId);
        }
        Endorsed tx = endorsed.remove(transactionId);
        if (tx == null) {
            throw timeout(transactionId);
        }
        outstanding--;
        while (!beforeCommit.isEmpty()) {
            beforeCommit.remove().run();
        }
        CommitFault fault = commitFaults.poll();
        if (fault == null) {
            return validate(tx);
        }
        return switch (fault) {
            case LOSE -> throw timeout(transactionId);
            case COMMIT_UNHEARD -> {
                validate(tx);
                throw timeout(transactionId);
            }
            case DELAY -> {
                delayed = tx;
                throw timeout(transactionId);
            }
            case MVCC_CONFLICT -> record(tx.txId(), CommitStatus.MVCC_READ_CONFLICT);
            case POLICY_FAILURE -> record(tx.txId(), CommitStatus.ENDORSEMENT_POLICY_FAILURE);
        };
    }

    @Override
    public Optional<DocumentRecord> findByDigest(String sha256) {
        return Optional.ofNullable(documents.get(sha256));
    }

    private Commit validate(Endorsed tx) {
        for (Map.Entry<String, Integer> key : tx.versions().entrySet()) {
            if (!versions.getOrDefault(key.getKey(), 0).equals(key.getValue())) {
                return record(tx.txId(), CommitStatus.MVCC_READ_CONFLICT);
            }
        }
        if (!batches.containsKey(tx.batch().batchId())) {
            for (int index : tx.fresh()) {
                write(tx.batch(), index, tx.txId());
            }
            batches.put(tx.batch().batchId(), tx.batch());
            versions.merge("batch:" + tx.batch().batchId(), 1, Integer::sum);
        }
        return record(tx.txId(), CommitStatus.VALID);
    }

    private void write(AnchorBatch batch, int leafIndex, String txId) {
        AnchorEntry entry = batch.entries().get(leafIndex);
        documents.put(entry.sha256(), new DocumentRecord(entry, MSP, batch.batchId(), leafIndex,
                batch.merkleTree().inclusionProof(leafIndex).hexHashes(), txId, ANCHORED_AT, DocumentStatus.ACTIVE, null));
        versions.merge(entry.sha256(), 1, Integer::sum);
        writes.merge(entry.sha256(), 1, Integer::sum);
    }

    private Commit record(String txId, CommitStatus status) {
        int code = switch (status) {
            case VALID -> 0;
            case MVCC_READ_CONFLICT -> 11;
            case ENDORSEMENT_POLICY_FAILURE -> 10;
            default -> throw new IllegalArgumentException(status.name());
        };
        Commit commit = new Commit(txId, code, ++block);
        commits.put(txId, commit);
        return commit;
    }

    private static LedgerException timeout(String txId) {
        return new LedgerException(Reason.TIMEOUT, true, txId, "no commit status for " + txId + " in time", null);
    }

    /** Another client of the same ledger anchors {@code entry} in a batch {@code batchId}, committed at once. */
    void anchorElsewhere(AnchorEntry entry, String batchId) {
        String txId = "elsewhere-" + batchId;
        AnchorBatch batch = AnchorBatch.of(batchId, List.of(entry));
        batches.put(batchId, batch);
        write(batch, 0, txId);
        record(txId, CommitStatus.VALID);
    }

    /** Commits the transaction held back by {@link CommitFault#DELAY}. */
    void deliverLate() {
        validate(delayed);
        delayed = null;
    }

    void refuse(String sha256, RefusalCode code) {
        refusedDigests.put(sha256, code);
    }

    void failNextSubmit(LedgerException failure) {
        submitFailures.add(failure);
    }

    void breakNextSubmit(RuntimeException bug) {
        submitBugs.add(bug);
    }

    void faultNextCommit(CommitFault fault) {
        commitFaults.add(fault);
    }

    void beforeNextCommit(Runnable action) {
        beforeCommit.add(action);
    }

    /** How often each digest's record was written: the contract writes each once. */
    Map<String, Integer> writes() {
        return Map.copyOf(writes);
    }

    List<String> submittedBatchIds() {
        return List.copyOf(submittedBatchIds);
    }

    /** The batch with this id as committed on this fake ledger: its root and size are the anchored ones. */
    AnchorBatch committedBatch(String batchId) {
        return batches.get(batchId);
    }

    int maxOutstanding() {
        return maxOutstanding;
    }
}
