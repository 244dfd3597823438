package io.zhengku.ledger;

import static io.zhengku.ledger.EventSamples.anchored;
import static io.zhengku.ledger.EventSamples.block;
import static io.zhengku.ledger.EventSamples.event;
import static io.zhengku.ledger.EventSamples.suspended;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zhengku.ledger.EventFollowerException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EventFollowerTest {

    private final FakeEventSource source = new FakeEventSource();
    private final InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    private final IdempotentIndex index = new IdempotentIndex();

    /**
     * A consumer made idempotent as {@link ContractEventConsumer} advises: it keeps the position of the last
     * event it applied and ignores an event at that position.
     */
    private static final class IdempotentIndex implements ContractEventConsumer {
        final List<Checkpoint> handed = new ArrayList<>();
        final List<Checkpoint> applied = new ArrayList<>();
        Checkpoint failOn;

        @Override
        public void accept(ContractEvent event) {
            handed.add(event.position());
            if (event.position().equals(failOn)) {
                failOn = null;
                throw new IllegalStateException("index database unavailable");
            }
            if (applied.isEmpty() || !applied.get(applied.size() - 1).equals(event.position())) {
                applied.add(event.position());
            }
        }
    }

    private static Checkpoint at(long block, String txId) {
        return Checkpoint.afterTransaction(block, txId);
    }

    private EventFollower follower() {
        return EventFollower.create(source, store, index);
    }

    private static EventFollowerException stopped(ThrowingCallable follow, Reason reason) {
        Throwable thrown = catchThrowable(follow);
        assertThat(thrown).isInstanceOf(EventFollowerException.class);
        assertThat(((EventFollowerException) thrown).reason()).isEqualTo(reason);
        return (EventFollowerException) thrown;
    }

    @Test
    void events_reach_the_consumer_in_ledger_order_and_each_is_checkpointed_only_after_it() throws Exception {
        source.commit(block(0), block(1, anchored(1, "a"), suspended(1, "b")), block(2), block(3, anchored(3, "c")));
        List<String> checkpointWhenHanded = new ArrayList<>();
        EventFollower follower = EventFollower.create(source, store, event -> checkpointWhenHanded.add(
                event.position().transactionId() + " after " + store.load().orElseThrow()));

        follower.follow();

        assertThat(checkpointWhenHanded).containsExactly("a after " + Checkpoint.afterBlock(0),
                "b after " + at(1, "a"), "c after " + Checkpoint.afterBlock(2));
        assertThat(store.saved()).containsExactly(Checkpoint.afterBlock(0), at(1, "a"), at(1, "b"),
                Checkpoint.afterBlock(1), Checkpoint.afterBlock(2), at(3, "c"), Checkpoint.afterBlock(3));
        assertThat(follower.position()).contains(Checkpoint.afterBlock(3));
        assertThat(source.closedStreams()).isEqualTo(1);
    }

    @Test
    void a_restarted_follower_resumes_after_the_stored_checkpoint() throws Exception {
        source.commit(block(0), block(1, anchored(1, "a")));
        follower().follow();
        source.commit(block(2, suspended(2, "b")), block(3, anchored(3, "c")));

        follower().follow();

        assertThat(source.openedFrom()).containsExactly(0L, 2L);
        assertThat(index.handed).containsExactly(at(1, "a"), at(2, "b"), at(3, "c"));
    }

    @Test
    void a_block_processed_in_part_resumes_after_its_last_processed_transaction() throws Exception {
        source.commit(block(0), block(1, anchored(1, "a"), suspended(1, "b"), anchored(1, "c")));
        store.holding(at(1, "a"));

        follower().follow();

        assertThat(source.openedFrom()).containsExactly(1L);
        assertThat(index.handed).containsExactly(at(1, "b"), at(1, "c"));
    }

    @Test
    void a_crash_between_the_consumer_and_the_checkpoint_replays_that_one_event_which_is_applied_once()
            throws Exception {
        source.commit(block(0, anchored(0, "a"), suspended(0, "b")), block(1, anchored(1, "c")));
        store.failSaveOf(at(0, "b"));

        stopped(follower()::follow, Reason.CHECKPOINT_FAILED);
        follower().follow();

        assertThat(index.handed).containsExactly(at(0, "a"), at(0, "b"), at(0, "b"), at(1, "c"));
        assertThat(index.applied).containsExactly(at(0, "a"), at(0, "b"), at(1, "c"));
        assertThat(store.load()).contains(Checkpoint.afterBlock(1));
    }

    @Test
    void a_consumer_failure_stops_the_follower_before_the_checkpoint_and_the_event_comes_again() throws Exception {
        source.commit(block(0, anchored(0, "a"), suspended(0, "b")));
        index.failOn = at(0, "b");

        EventFollowerException e = stopped(follower()::follow, Reason.CONSUMER_FAILED);

        assertThat(e.transactionId()).contains("b");
        assertThat(e).hasMessageContaining("index database unavailable");
        assertThat(store.load()).contains(at(0, "a"));
        follower().follow();
        assertThat(index.applied).containsExactly(at(0, "a"), at(0, "b"));
    }

    @Test
    void a_malformed_event_stops_the_follower_before_the_consumer_and_is_not_skipped_on_restart() {
        String broken = EventSamples.suspendedJson("b").replace("\"ACTIVE\"", "\"REVOKED\"");
        source.commit(block(0, anchored(0, "a")), block(1, event(1, "b", "StatusChanged", broken)),
                block(2, anchored(2, "c")));

        for (int run = 0; run < 2; run++) {
            EventFollowerException e = stopped(follower()::follow, Reason.MALFORMED_EVENT);
            assertThat(e.blockNumber()).hasValue(1);
            assertThat(e.transactionId()).contains("b");
            assertThat(e.getCause()).isInstanceOfSatisfying(LedgerException.class,
                    cause -> assertThat(cause.reason()).isEqualTo(LedgerException.Reason.MALFORMED_RESPONSE));
        }
        assertThat(index.handed).containsExactly(at(0, "a"));
        assertThat(store.load()).contains(Checkpoint.afterBlock(0));
    }

    @Test
    void a_block_delivered_out_of_order_stops_the_follower() {
        source.commit(block(0, anchored(0, "a")), block(1, suspended(1, "b")), block(2, anchored(2, "c")));
        source.skip(1);
        EventFollower follower = follower();

        EventFollowerException e = stopped(follower::follow, Reason.OUT_OF_ORDER);

        assertThat(e.blockNumber()).hasValue(2);
        assertThat(index.handed).containsExactly(at(0, "a"));
        assertThat(follower.lastBlockProcessed()).hasValue(0);
    }

    @Test
    void a_checkpoint_naming_a_transaction_its_block_does_not_hold_stops_the_follower() {
        source.commit(block(0, anchored(0, "a")));
        store.holding(at(0, "elsewhere"));

        EventFollowerException e = stopped(follower()::follow, Reason.CHECKPOINT_MISMATCH);

        assertThat(e.transactionId()).contains("elsewhere");
        assertThat(index.handed).isEmpty();
    }

    @Test
    void a_lost_connection_stops_the_follower_and_following_again_resumes_there() throws Exception {
        source.commit(block(0, anchored(0, "a")), block(1, suspended(1, "b")));
        source.failAt(1);

        EventFollowerException e = stopped(follower()::follow, Reason.SOURCE_FAILED);
        assertThat(e.getCause()).isInstanceOfSatisfying(LedgerException.class,
                cause -> assertThat(cause.isTransient()).isTrue());
        follower().follow();

        assertThat(source.openedFrom()).containsExactly(0L, 1L);
        assertThat(index.handed).containsExactly(at(0, "a"), at(1, "b"));
    }

    @Test
    void the_lag_counts_the_peer_blocks_not_yet_processed_whole() throws Exception {
        EventFollower follower = follower();
        assertThat(follower.lastBlockProcessed()).isEmpty();
        assertThat(follower.blocksBehind(5)).isEqualTo(5);

        source.commitEmptyBlocksThrough(2).commit(block(3, anchored(3, "a"), suspended(3, "b")));
        store.failSaveOf(at(3, "b"));
        stopped(follower::follow, Reason.CHECKPOINT_FAILED);

        assertThat(follower.position()).contains(at(3, "a"));
        assertThat(follower.lastBlockProcessed()).hasValue(2);
        assertThat(follower.blocksBehind(5)).isEqualTo(2);
        follower.follow();
        assertThat(follower.lastBlockProcessed()).hasValue(3);
        assertThat(follower.blocksBehind(4)).isZero();
        assertThat(follower.blocksBehind(5)).isEqualTo(1);
        assertThatThrownBy(() -> follower.blocksBehind(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopping_ends_the_follower_once_the_block_in_hand_is_processed() throws Exception {
        source.commit(block(0, anchored(0, "a"), suspended(0, "b")), block(1, anchored(1, "c")));
        List<Checkpoint> handed = new ArrayList<>();
        AtomicReference<EventFollower> follower = new AtomicReference<>();
        follower.set(EventFollower.create(source, store, event -> {
            handed.add(event.position());
            follower.get().stop();
        }));

        follower.get().follow();
        follower.get().follow();

        assertThat(handed).containsExactly(at(0, "a"), at(0, "b"));
        assertThat(store.load()).contains(Checkpoint.afterBlock(0));
        assertThat(source.openedFrom()).containsExactly(0L);
    }

    @Test
    void a_block_follower_hands_each_block_whole_with_its_writes_and_checkpoints_after_it() throws Exception {
        StateWrite write = new StateWrite("\u0000batch\u0000sh-1\u0000", "{}".getBytes());
        source.commit(new LedgerBlock(0, List.of(anchored(0, "a")), List.of(write)), block(1));
        List<Long> handed = new ArrayList<>();
        List<List<StateWrite>> writes = new ArrayList<>();

        EventFollower.ofBlocks(source, store, block -> {
            assertThat(store.load()).isEqualTo(block.number() == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(Checkpoint.afterBlock(block.number() - 1)));
            handed.add(block.number());
            writes.add(block.writes());
        }).follow();

        assertThat(handed).containsExactly(0L, 1L);
        assertThat(writes.get(0)).extracting(StateWrite::keyId).containsExactly("sh-1");
        assertThat(store.load()).contains(Checkpoint.afterBlock(1));
    }

    @Test
    void a_failing_block_consumer_stops_the_follower_before_the_checkpoint_and_gets_the_block_again()
            throws Exception {
        source.commit(block(0), block(1));
        List<Long> handed = new ArrayList<>();
        boolean[] failed = {false};
        BlockConsumer failingOnce = block -> {
            handed.add(block.number());
            if (block.number() == 1 && !failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("index database unavailable");
            }
        };

        EventFollowerException stop = stopped(() -> EventFollower.ofBlocks(source, store, failingOnce).follow(),
                Reason.CONSUMER_FAILED);
        assertThat(stop.getMessage()).contains("block 1", "index database unavailable");
        assertThat(store.load()).contains(Checkpoint.afterBlock(0));

        EventFollower.ofBlocks(source, store, failingOnce).follow();
        assertThat(handed).containsExactly(0L, 1L, 1L);
        assertThat(store.load()).contains(Checkpoint.afterBlock(1));
    }
}
