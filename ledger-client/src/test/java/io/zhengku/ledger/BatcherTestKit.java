package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.merkle.MerkleProofException;
import io.zhengku.core.merkle.MerkleVerifier;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

/** A batcher on virtual time over a fake contract, and the checks its tests share. */
final class BatcherTestKit {

    private final FakeChaincode ledger = new FakeChaincode();
    private final VirtualTime time = new VirtualTime();

    FakeChaincode ledger() {
        return ledger;
    }

    VirtualTime time() {
        return time;
    }

    BatcherSettings settings() {
        return BatcherSettings.defaults("sh-test");
    }

    AnchorBatcher batcher(BatcherSettings settings) {
        return AnchorBatcher.create(ledger, settings, time, time.clock());
    }

    /** Anchors Shanghai's materials {@code from} to {@code to}, inclusive. */
    List<CompletableFuture<AnchorReceipt>> anchor(AnchorBatcher batcher, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> batcher.anchor(Samples.material(n))).toList();
    }

    /**
     * Asserts the receipt came, for a VALID commit, with a proof that verifies against the root and size the
     * fake ledger recorded for the receipt's batch, and that the document was written once.
     */
    AnchorReceipt assertAnchored(AnchorEntry entry, CompletableFuture<AnchorReceipt> future)
            throws MerkleProofException {
        assertThat(future).isCompleted();
        AnchorReceipt receipt = future.join();
        AnchorBatch anchored = ledger.committedBatch(receipt.batchId());
        assertThat(anchored).as("batch %s on the ledger", receipt.batchId()).isNotNull();
        MerkleVerifier.verify(entry.leaf(), receipt.leafIndex(), anchored.entries().size(), receipt.proof().hashes(),
                HexFormat.of().parseHex(anchored.merkleRoot()));
        assertThat(receipt.merkleRoot()).isEqualTo(anchored.merkleRoot());
        assertThat(ledger.writes()).containsEntry(entry.sha256(), 1);
        return receipt;
    }

    /** The failure the future completed with. */
    LedgerException failure(CompletableFuture<?> future) {
        assertThat(future).isCompletedExceptionally();
        Throwable thrown = catchThrowable(future::join);
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(LedgerException.class);
        return (LedgerException) thrown.getCause();
    }
}
