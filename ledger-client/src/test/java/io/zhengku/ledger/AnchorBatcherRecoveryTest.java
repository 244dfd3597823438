package io.zhengku.ledger;

import static io.zhengku.ledger.Samples.material;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.FakeChaincode.CommitFault;
import io.zhengku.ledger.LedgerException.Reason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AnchorBatcherRecoveryTest {

    private static final Duration MAX_WAIT = Duration.ofMillis(200);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final BatcherTestKit kit = new BatcherTestKit();
    private final FakeChaincode ledger = kit.ledger();
    private final VirtualTime time = kit.time();
    private final AnchorBatcher batcher = kit.batcher(kit.settings());

    @Test
    void a_lost_transaction_is_resubmitted_without_duplicating_documents() throws Exception {
        ledger.faultNextCommit(CommitFault.LOSE);
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 3);

        time.advance(MAX_WAIT);
        assertThat(receipts).noneMatch(CompletableFuture::isDone);
        time.advance(FIRST_BACKOFF);

        assertThat(ledger.submittedBatchIds()).hasSize(2).doesNotHaveDuplicates();
        for (int i = 0; i < 3; i++) {
            assertThat(kit.assertAnchored(material(i + 1), receipts.get(i)).transactionId()).isEqualTo("tx2");
        }
    }

    @Test
    void a_transaction_committed_while_its_status_timed_out_is_found_by_digest_and_not_submitted_again()
            throws Exception {
        ledger.faultNextCommit(CommitFault.COMMIT_UNHEARD);
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 3);

        time.advance(MAX_WAIT.plus(FIRST_BACKOFF));

        assertThat(ledger.submittedBatchIds()).hasSize(1);
        for (int i = 0; i < 3; i++) {
            AnchorReceipt receipt = kit.assertAnchored(material(i + 1), receipts.get(i));
            assertThat(receipt.transactionId()).isEqualTo("tx1");
            assertThat(receipt.blockNumber()).isEqualTo(1);
        }
    }

    @Test
    void a_late_commit_of_a_batch_given_up_for_lost_is_recognised_and_nothing_is_anchored_twice() throws Exception {
        ledger.faultNextCommit(CommitFault.DELAY);
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 3);
        time.advance(MAX_WAIT);

        ledger.beforeNextCommit(ledger::deliverLate);
        time.advance(FIRST_BACKOFF.plus(FIRST_BACKOFF.multipliedBy(2)));

        assertThat(ledger.submittedBatchIds()).hasSize(2);
        for (int i = 0; i < 3; i++) {
            AnchorReceipt receipt = kit.assertAnchored(material(i + 1), receipts.get(i));
            assertThat(receipt.batchId()).isEqualTo(ledger.submittedBatchIds().get(0));
            assertThat(receipt.transactionId()).isEqualTo("tx1");
        }
    }

    @Test
    void a_read_conflict_is_resolved_by_reading_back_what_is_anchored_and_resubmitting_the_rest() throws Exception {
        ledger.beforeNextCommit(() -> ledger.anchorElsewhere(material(2), "other-client-1"));
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 3);

        time.advance(MAX_WAIT.plus(FIRST_BACKOFF));

        assertThat(ledger.submittedBatchIds()).hasSize(2);
        for (int i = 0; i < 3; i++) {
            assertThat(kit.assertAnchored(material(i + 1), receipts.get(i)).transactionId()).isEqualTo("tx2");
        }
        assertThat(ledger.findByDigest(Samples.sha(2)).orElseThrow().batchId()).isEqualTo("other-client-1");
    }

    @Test
    void transient_submit_failures_are_retried_with_exponential_backoff_under_the_same_batch_id() throws Exception {
        ledger.failNextSubmit(new LedgerException(Reason.UNAVAILABLE, "peer down"));
        ledger.failNextSubmit(new LedgerException(Reason.UNAVAILABLE, "peer down"));
        CompletableFuture<AnchorReceipt> receipt = batcher.anchor(material(1));

        time.advance(MAX_WAIT);
        assertThat(ledger.submittedBatchIds()).hasSize(1);
        time.advance(Duration.ofMillis(99));
        assertThat(ledger.submittedBatchIds()).hasSize(1);
        time.advance(Duration.ofMillis(1));
        assertThat(ledger.submittedBatchIds()).hasSize(2);
        time.advance(Duration.ofMillis(199));
        assertThat(ledger.submittedBatchIds()).hasSize(2);
        time.advance(Duration.ofMillis(1));

        assertThat(ledger.submittedBatchIds()).hasSize(3).containsOnly(ledger.submittedBatchIds().get(0));
        kit.assertAnchored(material(1), receipt);
    }

    @Test
    void after_the_last_retry_the_callers_fail_with_the_last_transient_failure() {
        AnchorBatcher impatient = kit.batcher(kit.settings().withRetries(1, FIRST_BACKOFF, Duration.ofSeconds(1)));
        ledger.faultNextCommit(CommitFault.LOSE);
        ledger.faultNextCommit(CommitFault.LOSE);
        CompletableFuture<AnchorReceipt> receipt = impatient.anchor(material(1));

        time.advance(MAX_WAIT.plus(FIRST_BACKOFF));

        LedgerException failure = kit.failure(receipt);
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.isTransient()).isTrue();
        assertThat(ledger.writes()).isEmpty();
    }

    @Test
    void a_refused_entry_fails_only_its_own_caller_and_the_rest_are_anchored_at_once() throws Exception {
        ledger.refuse(Samples.sha(3), RefusalCode.TYPE_NOT_REGISTERED);
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 5);

        time.advance(MAX_WAIT);

        LedgerException failure = kit.failure(receipts.get(2));
        assertThat(failure.refusalCode()).contains(RefusalCode.TYPE_NOT_REGISTERED);
        assertThat(failure.isTransient()).isFalse();
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(kit.assertAnchored(material(i + 1), receipts.get(i)).treeSize()).isEqualTo(4);
        }
    }

    @Test
    void every_refused_entry_is_split_out_in_turn() throws Exception {
        ledger.refuse(Samples.sha(2), RefusalCode.SEAL_RETIRED);
        ledger.refuse(Samples.sha(4), RefusalCode.UNKNOWN_SEAL);
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 5);

        time.advance(MAX_WAIT);

        assertThat(kit.failure(receipts.get(1)).refusalCode()).contains(RefusalCode.SEAL_RETIRED);
        assertThat(kit.failure(receipts.get(3)).refusalCode()).contains(RefusalCode.UNKNOWN_SEAL);
        for (int i : new int[] {0, 2, 4}) {
            kit.assertAnchored(material(i + 1), receipts.get(i));
        }
        assertThat(ledger.submittedBatchIds()).hasSize(3);
    }

    @Test
    void a_digest_anchored_by_another_issuer_fails_only_that_document() throws Exception {
        ledger.anchorElsewhere(material(2, Samples.ZJ_MARKET, "Z2"), "zj-1");
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 3);

        time.advance(MAX_WAIT);

        assertThat(kit.failure(receipts.get(1)).refusalCode()).contains(RefusalCode.DIGEST_ANCHORED_BY_OTHER_ISSUER);
        kit.assertAnchored(material(1), receipts.get(0));
        kit.assertAnchored(material(3), receipts.get(2));
    }

    @Test
    void a_refusal_of_the_whole_batch_fails_every_caller_without_retrying() {
        ledger.failNextSubmit(LedgerException.refusal("NO_OTHER_REGION: no other region is registered; register"
                + " a second region first", "tx1", null));
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(batcher, 1, 3);

        time.advance(MAX_WAIT.plus(Duration.ofSeconds(10)));

        assertThat(receipts).allSatisfy(receipt -> assertThat(kit.failure(receipt).refusalCode())
                .contains(RefusalCode.NO_OTHER_REGION));
        assertThat(ledger.submittedBatchIds()).hasSize(1);
    }

    @Test
    void a_batch_id_taken_by_another_batcher_is_replaced_by_a_fresh_one() throws Exception {
        AnchorBatcher small = kit.batcher(kit.settings().withMaxBatchSize(2));
        ledger.anchorElsewhere(material(99), "sh-test-20261102080000000-1");
        List<CompletableFuture<AnchorReceipt>> receipts = kit.anchor(small, 1, 2);

        time.advance(FIRST_BACKOFF);

        assertThat(ledger.submittedBatchIds())
                .containsExactly("sh-test-20261102080000000-1", "sh-test-20261102080000100-2");
        kit.assertAnchored(material(1), receipts.get(0));
        kit.assertAnchored(material(2), receipts.get(1));
    }
}
