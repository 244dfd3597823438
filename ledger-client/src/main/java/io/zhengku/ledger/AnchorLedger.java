package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import java.util.concurrent.CompletableFuture;

/**
 * The ledger (账本) as the vault writes it: anchor documents and change their status in the caller's region.
 * Every failure is a {@link LedgerException}. An adapter anchors through an {@link AnchorBatcher}, so many
 * documents share one transaction.
 *
 * <pre>{@code
 * AnchorReceipt receipt = ledger.anchor(entry).get();
 * ledger.changeStatus(new StatusChangeRequest.Revoke(entry.sha256(), "ISSUED_IN_ERROR", "..."));
 * }</pre>
 */
public interface AnchorLedger {

    /**
     * Anchors one document (锚定). The future completes once the transaction holding it committed VALID,
     * or exceptionally with a {@link LedgerException}.
     */
    CompletableFuture<AnchorReceipt> anchor(AnchorEntry entry);

    /** Suspends, reinstates, revokes or supersedes a document of the caller's region; returns the new record. */
    DocumentRecord changeStatus(StatusChangeRequest request) throws LedgerException;
}
