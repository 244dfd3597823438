package io.zhengku.ledger;

import io.zhengku.ledger.EventFollowerException.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Follows the {@code zhengku} contract's events on one region's peer (事件跟随器), block by block, reads each
 * strictly into a {@link ContractEvent}, hands it to a {@link ContractEventConsumer} and, only once that
 * succeeded, saves the event's {@link Checkpoint}; after a block's last event it saves the block as complete.
 *
 * <ul>
 *   <li><b>Resumable.</b> {@link #follow()} starts after the stored checkpoint (from block 0 when there is
 *       none): the rest of a block processed in part, else the next block.</li>
 *   <li><b>At least once, in order.</b> A crash after the consumer succeeded but before the checkpoint was
 *       saved delivers that one event again on the next run; nothing is skipped. See
 *       {@link ContractEventConsumer} for making the consumer idempotent.</li>
 *   <li><b>Stops, never skips.</b> An event that cannot be read stops the follower with
 *       {@link Reason#MALFORMED_EVENT}, before the consumer sees it, and following again stops on it again.
 *       Skipping it could hide a revocation from the index, which would then answer wrongly while seeming
 *       current; stopped, the index's lag grows and it says so (see {@link #blocksBehind(long)}), until a
 *       client that reads the deployed contract's events is installed and resumes at that very event. So do
 *       a block out of order, a failing consumer and a failing checkpoint store.</li>
 * </ul>
 *
 * <pre>{@code
 * EventFollower follower = EventFollower.create(source, checkpoints, index);
 * executor.execute(() -> { try { follower.follow(); } catch (EventFollowerException e) { ... } });
 * long lag = follower.blocksBehind(peerHeight); // an index reports this with every answer
 * follower.stop();
 * }</pre>
 *
 * <p>Made with {@link #ofBlocks}, it hands each block whole to a {@link BlockConsumer} instead, events and state
 * writes together, and checkpoints after it: for an index that applies a block in one transaction.
 */
public final class EventFollower {

    private final ContractEventSource source;
    private final CheckpointStore checkpoints;
    private final ContractEventConsumer consumer;
    private final BlockConsumer blockConsumer;
    private volatile Checkpoint position;
    private volatile ContractEventSource.BlockStream stream;
    private volatile boolean stopped;

    private EventFollower(ContractEventSource source, CheckpointStore checkpoints, ContractEventConsumer consumer,
                          BlockConsumer blockConsumer) {
        this.source = Objects.requireNonNull(source, "source");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.consumer = consumer;
        this.blockConsumer = blockConsumer;
    }

    /** A follower that is not yet following; call {@link #follow()} on a thread of its own. */
    public static EventFollower create(ContractEventSource source, CheckpointStore checkpoints,
                                       ContractEventConsumer consumer) {
        return new EventFollower(source, checkpoints, Objects.requireNonNull(consumer, "consumer"), null);
    }

    /** A follower that hands each block whole to {@code consumer}, then checkpoints after the block. */
    public static EventFollower ofBlocks(ContractEventSource source, CheckpointStore checkpoints,
                                         BlockConsumer consumer) {
        return new EventFollower(source, checkpoints, null, Objects.requireNonNull(consumer, "consumer"));
    }

    /**
     * Loads the checkpoint and processes every block from there, waiting for new ones, until the source ends or
     * {@link #stop()} is called. Following again after a failure resumes after the last saved checkpoint.
     *
     * @throws EventFollowerException why it stopped early; nothing after the last saved checkpoint counts as done
     */
    public void follow() throws EventFollowerException {
        if (stopped) {
            return;
        }
        position = load();
        try (ContractEventSource.BlockStream blocks = open(position == null ? 0 : position.nextBlock())) {
            stream = blocks;
            Optional<LedgerBlock> block = stopped ? Optional.empty() : next(blocks);
            while (block.isPresent()) {
                process(block.get());
                block = stopped ? Optional.empty() : next(blocks);
            }
        } finally {
            stream = null;
        }
    }

    /** Ends {@link #follow()} once the block in hand is processed, for good; safe from any thread. */
    public void stop() {
        stopped = true;
        ContractEventSource.BlockStream open = stream;
        if (open != null) {
            open.close();
        }
    }

    /** The checkpoint saved last, or empty before any was loaded or saved. */
    public Optional<Checkpoint> position() {
        return Optional.ofNullable(position);
    }

    /** The last block whose every event is processed, or empty when not even block 0 is. */
    public OptionalLong lastBlockProcessed() {
        Checkpoint at = position;
        long last = at == null ? -1 : at.nextBlock() - 1;
        return last < 0 ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /**
     * How many of the peer's blocks are not yet processed whole, given its height (its number of blocks): 0
     * when the follower has caught up. Say it with every answer an index gives, so a lag is never hidden.
     */
    public long blocksBehind(long peerHeight) {
        if (peerHeight < 0) {
            throw new IllegalArgumentException("peerHeight must not be negative, got " + peerHeight);
        }
        return Math.max(0, peerHeight - 1 - lastBlockProcessed().orElse(-1));
    }

    private void process(LedgerBlock block) throws EventFollowerException {
        long expected = position == null ? 0 : position.nextBlock();
        if (block.number() != expected) {
            throw new EventFollowerException(Reason.OUT_OF_ORDER, block.number(), null, "the event source delivered"
                    + " block " + block.number() + " where block " + expected + " was due; nothing after block "
                    + (expected - 1) + " is processed", null);
        }
        if (blockConsumer != null) {
            applyWhole(block);
        } else {
            for (DeliveredEvent delivered : unprocessed(block)) {
                ContractEvent event = parse(delivered);
                apply(event);
                save(event.position());
            }
        }
        save(Checkpoint.afterBlock(block.number()));
    }

    private void applyWhole(LedgerBlock block) throws EventFollowerException {
        try {
            blockConsumer.accept(block);
        } catch (Exception e) {
            throw new EventFollowerException(Reason.CONSUMER_FAILED, block.number(), null, "the consumer failed on"
                    + " block " + block.number() + ": " + e.getMessage(), e);
        }
    }

    /** The block's events after the checkpoint: all of them, unless the block was processed in part. */
    private List<DeliveredEvent> unprocessed(LedgerBlock block) throws EventFollowerException {
        Checkpoint at = position;
        if (at == null || at.isBlockComplete()) {
            return block.events();
        }
        List<DeliveredEvent> events = block.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).transactionId().equals(at.transactionId())) {
                return events.subList(i + 1, events.size());
            }
        }
        throw new EventFollowerException(Reason.CHECKPOINT_MISMATCH, block.number(), at.transactionId(), "the stored"
                + " checkpoint names transaction " + at.transactionId() + " in block " + block.number() + ", which"
                + " holds no event of it; the checkpoint store belongs to another ledger or channel", null);
    }

    private ContractEvent parse(DeliveredEvent delivered) throws EventFollowerException {
        try {
            return ContractEvent.parse(delivered);
        } catch (LedgerException e) {
            throw new EventFollowerException(Reason.MALFORMED_EVENT, delivered.blockNumber(),
                    delivered.transactionId(), e.getMessage() + "; stopped before it, following again retries it", e);
        }
    }

    private void apply(ContractEvent event) throws EventFollowerException {
        try {
            consumer.accept(event);
        } catch (Exception e) {
            throw new EventFollowerException(Reason.CONSUMER_FAILED, event.position().blockNumber(),
                    event.position().transactionId(), "the consumer failed on the event of transaction "
                    + event.position().transactionId() + ": " + e.getMessage(), e);
        }
    }

    private Checkpoint load() throws EventFollowerException {
        try {
            return checkpoints.load().orElse(null);
        } catch (RuntimeException e) {
            throw new EventFollowerException(Reason.CHECKPOINT_FAILED, -1, null, "the checkpoint could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    private void save(Checkpoint checkpoint) throws EventFollowerException {
        try {
            checkpoints.save(checkpoint);
        } catch (RuntimeException e) {
            throw new EventFollowerException(Reason.CHECKPOINT_FAILED, checkpoint.blockNumber(),
                    checkpoint.transactionId(), "the checkpoint " + checkpoint + " could not be saved ("
                    + e.getMessage() + "); what it covers is delivered again on the next run", e);
        }
        position = checkpoint;
    }

    private ContractEventSource.BlockStream open(long fromBlock) throws EventFollowerException {
        try {
            return source.open(fromBlock);
        } catch (LedgerException e) {
            throw sourceFailed(fromBlock, e);
        }
    }

    private Optional<LedgerBlock> next(ContractEventSource.BlockStream blocks) throws EventFollowerException {
        try {
            return blocks.next();
        } catch (LedgerException e) {
            throw sourceFailed(position == null ? 0 : position.nextBlock(), e);
        }
    }

    private static EventFollowerException sourceFailed(long block, LedgerException e) {
        return new EventFollowerException(Reason.SOURCE_FAILED, block, null, "the event source failed at block "
                + block + ": " + e.getMessage() + "; follow again to resume there", e);
    }
}
