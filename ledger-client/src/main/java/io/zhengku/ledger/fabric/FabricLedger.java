package io.zhengku.ledger.fabric;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.AnchorBatcher;
import io.zhengku.ledger.AnchorLedger;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.AnchorTransactions;
import io.zhengku.ledger.AuditHead;
import io.zhengku.ledger.AuditLedger;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerRecords;
import io.zhengku.ledger.RecordLedger;
import io.zhengku.ledger.StatusChangeRequest;
import io.zhengku.ledger.TaskScheduler;
import io.zhengku.ledger.VerificationEvidence;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;

/**
 * The {@link AnchorLedger}, {@link RecordLedger} and {@link AuditLedger} of one region on the real channel: documents
 * anchored many per transaction by an {@link AnchorBatcher}, status changes and audit heads submitted one each,
 * reads from the region's own peer.
 *
 * <pre>{@code
 * try (FabricLedger ledger = FabricLedger.connect(FabricConnection.read(file), BatcherSettings.defaults("sh-vault"))) {
 *     AnchorReceipt receipt = ledger.anchor(entry).get();
 * }
 * }</pre>
 */
public final class FabricLedger implements AnchorLedger, RecordLedger, AuditLedger, AutoCloseable {

    private final FabricGateway gateway;
    private final AnchorBatcher batcher;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    private FabricLedger(FabricGateway gateway, AnchorBatcher batcher, ExecutorService workers,
                         ScheduledExecutorService timer) {
        this.gateway = gateway;
        this.batcher = batcher;
        this.workers = workers;
        this.timer = timer;
    }

    /** Connects as the region's client identity; the batcher gets one worker thread per batch in flight. */
    public static FabricLedger connect(FabricConnection connection, BatcherSettings settings) throws LedgerException {
        return connect(connection, settings, UnaryOperator.identity());
    }

    /**
     * Connects as {@link #connect(FabricConnection, BatcherSettings)} does, with the batcher's steps on the channel
     * wrapped by {@code around}: how the vault's crash test stops it between a batch's submission and its commit.
     */
    public static FabricLedger connect(FabricConnection connection, BatcherSettings settings,
                                       UnaryOperator<AnchorTransactions> around) throws LedgerException {
        FabricGateway gateway = FabricGateway.connect(connection, FabricGateway.Signer.CLIENT);
        ExecutorService workers = Executors.newFixedThreadPool(settings.maxInFlight(), daemon("zhengku-anchor"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("zhengku-anchor-timer"));
        AnchorBatcher batcher = AnchorBatcher.create(around.apply(new FabricAnchorTransactions(gateway)), settings,
                TaskScheduler.of(workers, timer), Clock.systemUTC());
        return new FabricLedger(gateway, batcher, workers, timer);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The gateway underneath, for what the ports do not cover (the issuer registry, the channel's height). */
    public FabricGateway gateway() {
        return gateway;
    }

    @Override
    public CompletableFuture<AnchorReceipt> anchor(AnchorEntry entry) {
        return batcher.anchor(entry);
    }

    @Override
    public DocumentRecord changeStatus(StatusChangeRequest request) throws LedgerException {
        String record = gateway.submit(request.transactionName(), request.arguments().toArray(String[]::new)).awaitValid();
        return LedgerRecords.documentRecord(record);
    }

    @Override
    public Optional<DocumentRecord> findByDigest(String sha256) throws LedgerException {
        return gateway.evaluate(LedgerRecords::documentRecord, "findByDigest", sha256);
    }

    @Override
    public Optional<VerificationEvidence> findEvidence(String sha256) throws LedgerException {
        return gateway.evaluate(VerificationEvidence::parse, "findEvidence", sha256);
    }

    @Override
    public Optional<VerificationEvidence> findEvidenceById(String documentId) throws LedgerException {
        return gateway.evaluate(VerificationEvidence::parse, "findEvidenceById", documentId);
    }

    @Override
    public List<DocumentVersion> history(String sha256) throws LedgerException {
        return gateway.evaluate(DocumentVersion::parseHistory, "history", sha256).orElse(List.of());
    }

    @Override
    public Optional<BatchRecord> findBatch(String batchId) throws LedgerException {
        return gateway.evaluate(LedgerRecords::batchRecord, "findBatch", batchId);
    }

    @Override
    public AuditHead anchorAuditHead(String trail, long sequence, String hash) throws LedgerException {
        return AuditHead.parse(gateway.submit("anchorAuditHead", trail, Long.toString(sequence), hash).awaitValid());
    }

    @Override
    public List<AuditHead> auditHeads(String msp, String trail) throws LedgerException {
        return gateway.evaluate(AuditHead::parseList, "auditHeads", msp, trail).orElse(List.of());
    }

    /** Anchors what was accepted, then closes the threads and the channel. */
    @Override
    public void close() {
        batcher.shutdown().join();
        workers.shutdown();
        timer.shutdown();
        gateway.close();
    }
}
