package io.zhengku.vault.anchoring;

import io.micronaut.context.annotation.Property;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.ReceiptJson;
import io.zhengku.ledger.LedgerException;
import io.zhengku.vault.document.AnchorStatus;
import io.zhengku.vault.document.DocumentRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Records what the ledger answered for a document, together with the outbox row, in one transaction: the
 * anchor and the row's removal commit together, so a crash leaves either both or the row to try again (and
 * the ledger is idempotent by digest, so trying again anchors nothing twice).
 */
@Singleton
public class AnchorRecorder {

    private final DocumentRepository documents;
    private final OutboxRepository outbox;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public AnchorRecorder(DocumentRepository documents, OutboxRepository outbox, Clock clock,
                          @Property(name = "zhengku.anchoring.max-attempts", defaultValue = "10") int maxAttempts,
                          @Property(name = "zhengku.anchoring.first-backoff", defaultValue = "1s") Duration firstBackoff,
                          @Property(name = "zhengku.anchoring.max-backoff", defaultValue = "5m") Duration maxBackoff) {
        this.documents = documents;
        this.outbox = outbox;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Transactional
    public void anchored(String documentId, AnchorReceipt receipt) {
        documents.recordAnchored(documentId, receipt.transactionId(), receipt.blockNumber(), receipt.batchId(),
                ReceiptJson.toJson(receipt), clock.instant());
        outbox.deleteById(documentId);
    }

    /**
     * A refusal for good, or a transient failure after the last attempt, marks the document FAILED and empties
     * its outbox row; any other failure is tried again after a backoff that doubles up to the maximum.
     */
    @Transactional
    public void failed(OutboxRow row, LedgerException failure) {
        String reason = describe(failure);
        Instant now = clock.instant();
        if (failure.isTransient() && row.attempts() + 1 < maxAttempts) {
            outbox.recordFailure(row.documentId(), now.plus(backoff(row.attempts())), reason);
            // Still PENDING, but its holder and issuer can see why it is taking long.
            documents.recordAnchorState(row.documentId(), AnchorStatus.PENDING, reason, now);
            return;
        }
        documents.recordAnchorState(row.documentId(), AnchorStatus.FAILED, reason, now);
        outbox.deleteById(row.documentId());
    }

    /** An admin's retry of a FAILED anchor: back to PENDING with a fresh outbox row. */
    @Transactional
    public boolean retry(String documentId) {
        Instant now = clock.instant();
        if (documents.recordAnchorState(documentId, AnchorStatus.PENDING, null, now) == 0) {
            return false;
        }
        if (!outbox.existsById(documentId)) {
            outbox.save(OutboxRow.due(documentId, now));
        }
        return true;
    }

    Duration backoff(int attempts) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static String describe(LedgerException failure) {
        String text = failure.refusalCode().map(code -> code.name() + ": ").orElse(failure.reason().name() + ": ")
                + failure.getMessage();
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
