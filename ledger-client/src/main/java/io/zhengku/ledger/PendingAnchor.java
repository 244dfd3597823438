package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import java.util.concurrent.CompletableFuture;

/** A document accepted by the batcher and the future its callers wait on until it is anchored or fails. */
record PendingAnchor(AnchorEntry entry, CompletableFuture<AnchorReceipt> receipt) {

    String sha256() {
        return entry.sha256();
    }

    void fail(LedgerException failure) {
        receipt.completeExceptionally(failure);
    }
}
