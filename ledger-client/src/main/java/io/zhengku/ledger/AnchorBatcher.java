package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.LedgerException.Reason;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * Anchors documents many per transaction (批量锚定). Documents are collected into a batch that is cut when it
 * holds {@link BatcherSettings#maxBatchSize()} documents or {@link BatcherSettings#maxWait()} after its
 * first; each batch is one {@code anchorBatch} transaction, with at most {@link BatcherSettings#maxInFlight()}
 * batches under way. A caller's future completes only once a transaction holding its document committed
 * VALID, with the inclusion proof into that batch's Merkle root.
 *
 * <ul>
 *   <li>A lost commit (timeout) or a read conflict: what is anchored is read back by digest and only the
 *       rest is submitted again, in a new batch; nothing is anchored twice.</li>
 *   <li>Transient failures are retried with exponential backoff, at most {@link BatcherSettings#maxRetries()}
 *       times per batch; then its callers fail with the last, transient, failure.</li>
 *   <li>A refusal naming one entry ({@code "batch entry N"}) fails that document's callers only; the others
 *       are submitted again without it. Other final refusals fail the whole batch.</li>
 *   <li>A digest already pending joins the pending future when the entry is the same, and is refused as
 *       {@link RefusalCode#DUPLICATE_IN_BATCH} when it differs, as is another digest under a pending document id.</li>
 * </ul>
 *
 * <pre>{@code
 * AnchorBatcher batcher = AnchorBatcher.create(transactions, BatcherSettings.defaults("sh-vault1"),
 *         TaskScheduler.of(workers, timer), Clock.systemUTC());
 * CompletableFuture<AnchorReceipt> receipt = batcher.anchor(entry);
 * batcher.shutdown().join(); // flushes what is pending, then refuses new documents
 * }</pre>
 */
public final class AnchorBatcher {

    private final AnchorTransactions transactions;
    private final BatcherSettings settings;
    private final TaskScheduler scheduler;
    private final BatchIds ids;
    private final Object lock = new Object();
    private final Map<String, PendingAnchor> pendingByDigest = new HashMap<>();
    private final Map<String, String> pendingDigestById = new HashMap<>();
    private final Queue<List<PendingAnchor>> waiting = new ArrayDeque<>();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private List<PendingAnchor> open = new ArrayList<>();
    private long cuts;
    private int inFlight;
    private boolean shuttingDown;

    private AnchorBatcher(AnchorTransactions transactions, BatcherSettings settings, TaskScheduler scheduler,
                          Clock clock) {
        this.transactions = transactions;
        this.settings = settings;
        this.scheduler = scheduler;
        this.ids = new BatchIds(settings.batchIdPrefix(), clock);
    }

    /**
     * A batcher submitting through {@code transactions}, running its steps on {@code scheduler} and naming
     * batches by {@code clock}'s time.
     */
    public static AnchorBatcher create(AnchorTransactions transactions, BatcherSettings settings,
                                       TaskScheduler scheduler, Clock clock) {
        return new AnchorBatcher(Objects.requireNonNull(transactions, "transactions"),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(scheduler, "scheduler"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Accepts a document for the next batch. The returned future is the caller's own: completing or
     * cancelling it affects no one else.
     *
     * @return completes with the receipt once the document is anchored, or exceptionally with a
     *     {@link LedgerException}
     */
    public CompletableFuture<AnchorReceipt> anchor(AnchorEntry entry) {
        Objects.requireNonNull(entry, "entry");
        synchronized (lock) {
            if (shuttingDown) {
                return CompletableFuture.failedFuture(new LedgerException(Reason.SHUT_DOWN,
                        "the anchor batcher is shut down; anchor through a running one"));
            }
            PendingAnchor same = pendingByDigest.get(entry.sha256());
            if (same != null) {
                return same.entry().equals(entry) ? same.receipt().copy() : duplicate("digest " + entry.sha256()
                        + " is pending with another entry");
            }
            if (pendingDigestById.containsKey(entry.documentId())) {
                return duplicate("document id " + entry.documentId() + " is pending for another digest");
            }
            return admit(entry).receipt().copy();
        }
    }

    /**
     * Cuts the open batch at once and refuses new documents with {@link Reason#SHUT_DOWN}.
     *
     * @return completes once every accepted document is anchored or has failed; the caller may then stop
     *     the scheduler's threads
     */
    public CompletableFuture<Void> shutdown() {
        synchronized (lock) {
            shuttingDown = true;
            if (!open.isEmpty()) {
                cut();
            }
            completeIfDrained();
        }
        return drained.copy();
    }

    private PendingAnchor admit(AnchorEntry entry) {
        PendingAnchor pending = new PendingAnchor(entry, new CompletableFuture<>());
        pendingByDigest.put(entry.sha256(), pending);
        pendingDigestById.put(entry.documentId(), entry.sha256());
        pending.receipt().whenComplete((receipt, failure) -> forget(pending));
        open.add(pending);
        if (open.size() >= settings.maxBatchSize()) {
            cut();
        } else if (open.size() == 1) {
            long cut = cuts;
            scheduler.schedule(settings.maxWait(), () -> cutIfStillOpen(cut));
        }
        return pending;
    }

    private static CompletableFuture<AnchorReceipt> duplicate(String problem) {
        return CompletableFuture.failedFuture(new LedgerException(RefusalCode.DUPLICATE_IN_BATCH, problem
                + "; wait for the pending anchor before anchoring a changed document"));
    }

    private void forget(PendingAnchor pending) {
        synchronized (lock) {
            pendingByDigest.remove(pending.sha256(), pending);
            pendingDigestById.remove(pending.entry().documentId(), pending.sha256());
        }
    }

    // The timer set for one open batch must not cut a later one early.
    private void cutIfStillOpen(long cut) {
        synchronized (lock) {
            if (cuts == cut && !open.isEmpty()) {
                cut();
            }
        }
    }

    private void cut() {
        waiting.add(open);
        open = new ArrayList<>();
        cuts++;
        startWaiting();
    }

    private void startWaiting() {
        while (inFlight < settings.maxInFlight() && !waiting.isEmpty()) {
            inFlight++;
            new BatchJob(waiting.remove(), transactions, settings, scheduler, ids, this::finished).start();
        }
    }

    private void finished() {
        synchronized (lock) {
            inFlight--;
            startWaiting();
            completeIfDrained();
        }
    }

    private void completeIfDrained() {
        if (shuttingDown && open.isEmpty() && waiting.isEmpty() && inFlight == 0) {
            drained.complete(null);
        }
    }
}
