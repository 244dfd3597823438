package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.merkle.MerkleTree;
import io.zhengku.ledger.LedgerException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Drives the documents of one cut batch until each is anchored or has failed, one step per task: submit,
 * await the commit, and after a lost or conflicting commit, read what is anchored and submit the rest.
 * Steps never overlap, so the fields need no lock; the scheduler's hand-over orders their writes.
 */
final class BatchJob {

    private final AnchorTransactions transactions;
    private final BatcherSettings settings;
    private final TaskScheduler scheduler;
    private final BatchIds ids;
    private final Runnable onFinished;
    /** Every batch built for these documents: after a lost commit, a document may be anchored by any of them. */
    private final Map<String, AnchorBatch> built = new HashMap<>();
    private final Map<String, MerkleTree> trees = new HashMap<>();
    private List<PendingAnchor> remaining;
    private AnchorBatch batch;
    private int retries;

    BatchJob(List<PendingAnchor> documents, AnchorTransactions transactions, BatcherSettings settings,
             TaskScheduler scheduler, BatchIds ids, Runnable onFinished) {
        this.remaining = new ArrayList<>(documents);
        this.transactions = transactions;
        this.settings = settings;
        this.scheduler = scheduler;
        this.ids = ids;
        this.onFinished = onFinished;
    }

    void start() {
        run(this::buildAndSubmit);
    }

    private void buildAndSubmit() {
        batch = AnchorBatch.of(ids.next(), remaining.stream().map(PendingAnchor::entry).toList());
        built.put(batch.batchId(), batch);
        submit();
    }

    private void submit() {
        Submitted submitted;
        try {
            submitted = transactions.submit(batch);
        } catch (LedgerException e) {
            afterRefusal(e);
            return;
        }
        run(() -> awaitCommit(submitted.transactionId()));
    }

    private void afterRefusal(LedgerException e) {
        OptionalInt entry = e.batchEntry();
        if (!e.isTransient() && entry.isPresent() && entry.getAsInt() < remaining.size()) {
            // One bad document must not sink the others: it alone fails, the rest go in a new batch.
            remaining.remove(entry.getAsInt()).fail(e);
            continueWithRemaining();
        } else if (e.isRefusedWith(RefusalCode.BATCH_EXISTS)) {
            // Another batcher minted the same id; a fresh id resolves it.
            retry(e, this::buildAndSubmit);
        } else if (e.isTransient()) {
            // The same batch again: if the first try reached the orderer after all, the contract replays it.
            retry(e, this::submit);
        } else {
            failAll(e);
        }
    }

    private void awaitCommit(String transactionId) {
        Commit commit;
        try {
            commit = transactions.awaitCommit(transactionId);
        } catch (LedgerException e) {
            // The transaction may commit later or be lost for good; only the ledger's state can tell.
            retryIfTransient(e, this::recover);
            return;
        }
        CommitStatus status = commit.status();
        if (status == CommitStatus.VALID) {
            for (int i = 0; i < remaining.size(); i++) {
                remaining.get(i).receipt().complete(receipt(commit.transactionId(), commit.blockNumber(), batch, i));
            }
            remaining.clear();
            onFinished.run();
        } else if (status.isReadConflict()) {
            retry(new LedgerException(Reason.MVCC_CONFLICT, true, transactionId, "transaction " + transactionId
                    + " was invalidated by a concurrent write (" + status + ")", null), this::recover);
        } else {
            failAll(new LedgerException(Reason.COMMIT_INVALID, false, transactionId, "transaction " + transactionId
                    + " was committed as " + status + " (validation code " + commit.validationCode()
                    + "); check the endorsement policy and the peers' logs", null));
        }
    }

    /**
     * Reads every remaining document by digest. One anchored by a batch built here is complete: its receipt
     * comes from that batch. Everything else is submitted again, in a new batch, so nothing is anchored twice
     * (the contract also skips a digest its issuer anchored before).
     */
    private void recover() {
        Map<PendingAnchor, DocumentRecord> anchored = new LinkedHashMap<>();
        Map<String, Long> blocks = new HashMap<>();
        try {
            for (PendingAnchor pending : remaining) {
                Optional<DocumentRecord> record = transactions.findByDigest(pending.sha256());
                if (record.isPresent() && built.containsKey(record.get().batchId())) {
                    anchored.put(pending, record.get());
                }
            }
            for (DocumentRecord record : anchored.values()) {
                if (!blocks.containsKey(record.transactionId())) {
                    blocks.put(record.transactionId(), transactions.awaitCommit(record.transactionId()).blockNumber());
                }
            }
        } catch (LedgerException e) {
            retryIfTransient(e, this::recover);
            return;
        }
        anchored.forEach((pending, record) -> pending.receipt().complete(receipt(record.transactionId(),
                blocks.get(record.transactionId()), built.get(record.batchId()), record.leafIndex())));
        remaining.removeAll(anchored.keySet());
        continueWithRemaining();
    }

    private void continueWithRemaining() {
        if (remaining.isEmpty()) {
            onFinished.run();
        } else {
            run(this::buildAndSubmit);
        }
    }

    private AnchorReceipt receipt(String transactionId, long blockNumber, AnchorBatch anchoredIn, long index) {
        MerkleTree tree = trees.computeIfAbsent(anchoredIn.batchId(), id -> anchoredIn.merkleTree());
        return new AnchorReceipt(transactionId, blockNumber, anchoredIn.batchId(), index, tree.size(),
                anchoredIn.merkleRoot(), tree.inclusionProof(index));
    }

    private void retryIfTransient(LedgerException e, Runnable next) {
        if (e.isTransient()) {
            retry(e, next);
        } else {
            failAll(e);
        }
    }

    private void retry(LedgerException e, Runnable next) {
        if (retries >= settings.maxRetries()) {
            failAll(e);
            return;
        }
        retries++;
        scheduler.schedule(settings.backoff(retries), () -> guarded(next));
    }

    private void failAll(LedgerException e) {
        remaining.forEach(pending -> pending.fail(e));
        remaining.clear();
        onFinished.run();
    }

    private void run(Runnable step) {
        scheduler.execute(() -> guarded(step));
    }

    // A bug in an adapter must fail the waiting callers, not leave them waiting for ever.
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failAll(new LedgerException(Reason.UNEXPECTED, false, null, "anchoring failed unexpectedly: " + e, e));
        }
    }
}
