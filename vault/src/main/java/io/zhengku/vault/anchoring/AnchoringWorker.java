package io.zhengku.vault.anchoring;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.ledger.AnchorLedger;
import io.zhengku.ledger.LedgerException;
import io.zhengku.vault.document.AnchorStatus;
import io.zhengku.vault.document.DocumentRepository;
import io.zhengku.vault.document.DocumentRow;
import io.zhengku.vault.fault.CrashPoint;
import io.zhengku.vault.fault.CrashPoints;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the outbox to the ledger: every poll hands the due documents (not already under way) to the
 * {@link AnchorLedger}, whose batcher packs them into transactions, and records each answer. Runs only where a
 * ledger is configured; without one, documents wait in the outbox, PENDING, and lose nothing.
 */
@Singleton
@Requires(beans = AnchorLedger.class)
public class AnchoringWorker {

    private static final Logger LOG = LoggerFactory.getLogger(AnchoringWorker.class);

    private final OutboxRepository outbox;
    private final DocumentRepository documents;
    private final AnchorRecorder recorder;
    private final AnchorLedger ledger;
    private final Clock clock;
    private final CrashPoints crashPoints;
    private final int pollLimit;
    private final Set<String> underWay = ConcurrentHashMap.newKeySet();

    public AnchoringWorker(OutboxRepository outbox, DocumentRepository documents, AnchorRecorder recorder,
                           AnchorLedger ledger, Clock clock, CrashPoints crashPoints,
                           @Property(name = "zhengku.anchoring.poll-limit", defaultValue = "2000") int pollLimit) {
        this.outbox = outbox;
        this.documents = documents;
        this.recorder = recorder;
        this.ledger = ledger;
        this.clock = clock;
        this.crashPoints = crashPoints;
        this.pollLimit = pollLimit;
    }

    @Scheduled(fixedDelay = "${zhengku.anchoring.poll-interval:100ms}", initialDelay = "1s")
    public void poll() {
        for (OutboxRow row : outbox.findDue(clock.instant(), pollLimit)) {
            if (underWay.add(row.documentId())) {
                hand(row);
            }
        }
    }

    /** How many documents are with the ledger right now. */
    public int underWay() {
        return underWay.size();
    }

    private void hand(OutboxRow row) {
        crashPoints.reached(CrashPoint.AFTER_PICK);
        try {
            DocumentRow document = documents.findById(row.documentId()).orElseThrow();
            if (document.anchorStatus() != AnchorStatus.PENDING) {
                // The outbox row was read before an answer for it committed and left the set under way:
                // the anchor is recorded already, and asking again would cost the ledger a transaction.
                underWay.remove(row.documentId());
                return;
            }
            AnchorEntry entry = AnchorEntry.fromJson(JsonObjectReader.parse(document.anchorEntry(), "anchor entry"));
            ledger.anchor(entry).whenComplete((receipt, error) -> {
                try {
                    if (error == null) {
                        crashPoints.reached(CrashPoint.AFTER_ANCHOR);
                        recorder.anchored(row.documentId(), receipt);
                    } else {
                        recorder.failed(row, ledgerFailure(error));
                    }
                } catch (RuntimeException e) {
                    // The outbox row is still there: the next poll hands the document again.
                    LOG.warn("could not record the anchor of {}: {}", row.documentId(), e.toString());
                } finally {
                    underWay.remove(row.documentId());
                }
            });
        } catch (RuntimeException e) {
            underWay.remove(row.documentId());
            LOG.warn("could not hand {} to the ledger: {}", row.documentId(), e.toString());
        }
    }

    private static LedgerException ledgerFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof LedgerException ledgerException ? ledgerException
                : new LedgerException(LedgerException.Reason.UNEXPECTED, true, null, cause.toString(), cause);
    }
}
