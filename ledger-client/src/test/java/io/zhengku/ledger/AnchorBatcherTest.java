package io.zhengku.ledger;

import static io.zhengku.ledger.Samples.material;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.FakeChaincode.CommitFault;
import io.zhengku.ledger.LedgerException.Reason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnchorBatcherTest {

    private final BatcherTestKit kit = new BatcherTestKit();
    private final FakeChaincode ledger = kit.ledger();
    private final VirtualTime time = kit.time();

    @Test
    void a_full_batch_is_cut_at_once_and_every_caller_gets_a_receipt_that_verifies_against_the_anchored_root()
            throws Exception {
        AnchorBatcher batcher = kit.batcher(kit.settings().withMaxBatchSize(4));
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 4);

        time.runReady();

        assertThat(ledger.submittedBatchIds()).containsExactly("sh-test-20261102080000000-1");
        for (int i = 0; i < 4; i++) {
            AnchorReceipt receipt = kit.assertAnchored(material(i + 1), receipts.get(i));
            assertThat(receipt.leafIndex()).isEqualTo(i);
            assertThat(receipt.treeSize()).isEqualTo(4);
            assertThat(receipt.transactionId()).isEqualTo("tx1");
            assertThat(receipt.blockNumber()).isEqualTo(1);
        }
    }

    @Test
    void a_partial_batch_is_cut_when_the_maximum_wait_has_passed() throws Exception {
        AnchorBatcher batcher = kit.batcher(kit.settings().withMaxWait(Duration.ofMillis(200)));
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 3);

        time.advance(Duration.ofMillis(199));
        assertThat(ledger.submittedBatchIds()).isEmpty();
        time.advance(Duration.ofMillis(1));

        assertThat(ledger.submittedBatchIds()).hasSize(1);
        for (int i = 0; i < 3; i++) {
            kit.assertAnchored(material(i + 1), receipts.get(i));
        }
    }

    @Test
    void the_wait_timer_of_an_earlier_batch_does_not_cut_the_next_one_early() {
        AnchorBatcher batcher = kit.batcher(kit.settings().withMaxBatchSize(2).withMaxWait(Duration.ofMillis(200)));
        kit.anchor(batcher, 1, 2);
        time.advance(Duration.ofMillis(150));
        kit.anchor(batcher, 3, 3);

        time.advance(Duration.ofMillis(50));
        assertThat(ledger.submittedBatchIds()).hasSize(1);
        time.advance(Duration.ofMillis(150));
        assertThat(ledger.submittedBatchIds()).hasSize(2);
    }

    @Test
    void no_more_batches_than_allowed_are_under_way_at_once() {
        AnchorBatcher batcher = kit.batcher(kit.settings().withMaxBatchSize(2).withMaxInFlight(2));
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 10);

        time.runReady();

        assertThat(ledger.maxOutstanding()).isEqualTo(2);
        assertThat(ledger.submittedBatchIds()).hasSize(5);
        assertThat(receipts).allMatch(CompletableFuture::isDone);
    }

    @Test
    void one_batch_in_flight_means_each_batch_commits_before_the_next_is_submitted() {
        AnchorBatcher batcher = kit.batcher(kit.settings().withMaxBatchSize(2).withMaxInFlight(1));
        kit.anchor(batcher, 1, 6);

        time.runReady();

        assertThat(ledger.maxOutstanding()).isEqualTo(1);
        assertThat(ledger.submittedBatchIds()).hasSize(3);
    }

    @Test
    void a_document_submitted_again_while_pending_shares_the_pending_anchor() throws Exception {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        CompletableFuture<AnchorReceipt> first = batcher.anchor(material(1));
        CompletableFuture<AnchorReceipt> second = batcher.anchor(material(1));

        time.advance(Duration.ofMillis(200));

        assertThat(kit.assertAnchored(material(1), second)).isEqualTo(first.join());
        assertThat(ledger.committedBatch(first.join().batchId()).entries()).hasSize(1);
    }

    @Test
    void a_caller_cancelling_its_future_does_not_cancel_the_anchor_others_wait_for() throws Exception {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        CompletableFuture<AnchorReceipt> impatient = batcher.anchor(material(1));
        CompletableFuture<AnchorReceipt> patient = batcher.anchor(material(1));

        impatient.cancel(false);
        time.advance(Duration.ofMillis(200));

        kit.assertAnchored(material(1), patient);
    }

    @Test
    void the_same_digest_with_another_entry_is_refused_while_the_first_is_pending() {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        batcher.anchor(material(1, Samples.SH_MARKET, "A1"));

        CompletableFuture<AnchorReceipt> changed = batcher.anchor(material(1, Samples.SH_MARKET, "B1"));

        assertThat(kit.failure(changed).refusalCode()).contains(RefusalCode.DUPLICATE_IN_BATCH);
    }

    @Test
    void another_digest_under_a_pending_document_id_is_refused() {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        batcher.anchor(material(1, Samples.SH_MARKET, "A1"));

        CompletableFuture<AnchorReceipt> other = batcher.anchor(material(2, Samples.SH_MARKET, "A1"));

        assertThat(kit.failure(other).refusalCode()).contains(RefusalCode.DUPLICATE_IN_BATCH);
    }

    @Test
    void a_digest_may_be_anchored_again_once_its_first_anchor_completed_and_is_written_once() throws Exception {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        batcher.anchor(material(1));
        time.advance(Duration.ofMillis(200));

        CompletableFuture<AnchorReceipt> again = batcher.anchor(material(1));
        time.advance(Duration.ofMillis(200));

        kit.assertAnchored(material(1), again);
        assertThat(ledger.submittedBatchIds()).hasSize(2);
        assertThat(ledger.writes()).containsEntry(Samples.sha(1), 1);
    }

    @Test
    void shutdown_flushes_the_open_batch_and_completes_once_everything_is_anchored() throws Exception {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        CompletableFuture<AnchorReceipt> receipt = batcher.anchor(material(1));

        CompletableFuture<Void> stopped = batcher.shutdown();
        assertThat(stopped).isNotDone();
        time.runReady();

        assertThat(stopped).isCompleted();
        kit.assertAnchored(material(1), receipt);
    }

    @Test
    void after_shutdown_new_documents_are_refused() {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        assertThat(batcher.shutdown()).isCompleted();

        assertThat(kit.failure(batcher.anchor(material(1))).reason()).isEqualTo(Reason.SHUT_DOWN);
    }

    @Test
    void a_failing_adapter_fails_the_callers_instead_of_leaving_them_waiting() {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        ledger.breakNextSubmit(new IllegalStateException("adapter bug"));
        CompletableFuture<AnchorReceipt> receipt = batcher.anchor(material(1));

        time.advance(Duration.ofMillis(200));

        LedgerException failure = kit.failure(receipt);
        assertThat(failure.reason()).isEqualTo(Reason.UNEXPECTED);
        assertThat(failure.isTransient()).isFalse();
        assertThat(batcher.shutdown()).isCompleted();
    }

    @Test
    void an_invalid_commit_fails_the_batch_with_the_transaction_named() {
        AnchorBatcher batcher = kit.batcher(kit.settings());
        ledger.faultNextCommit(CommitFault.POLICY_FAILURE);
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 2);

        time.advance(Duration.ofMillis(200));

        for (CompletableFuture<AnchorReceipt> receipt : receipts) {
            LedgerException failure = kit.failure(receipt);
            assertThat(failure.reason()).isEqualTo(Reason.COMMIT_INVALID);
            assertThat(failure.transactionId()).contains("tx1");
        }
    }

    @Test
    void many_documents_are_anchored_in_batches_of_the_configured_size() {
        AnchorBatcher batcher = kit.batcher(kit.settings().withMaxBatchSize(1000));
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 2500);

        time.advance(Duration.ofMillis(200));

        assertThat(ledger.submittedBatchIds()).hasSize(3);
        assertThat(receipts).allMatch(receipt -> !receipt.isCompletedExceptionally() && receipt.isDone());
        assertThat(IntStream.of(0, 999, 1000, 2499).mapToObj(receipts::get).map(CompletableFuture::join)
                .map(AnchorReceipt::treeSize)).containsExactly(1000L, 1000L, 1000L, 500L);
    }
}
