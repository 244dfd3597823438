package io.zhengku.ledger;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Why an {@link EventFollower} stopped, as data: a {@link Reason}, the block and transaction concerned when
 * there is one, and the cause. The checkpoint is still that of the last event processed, so following again
 * resumes exactly where it stopped.
 *
 * <pre>{@code
 * catch (EventFollowerException e) {
 *     if (e.reason() == Reason.SOURCE_FAILED) { followAgainLater(); } else { alertOperator(e.getMessage()); }
 * }
 * }</pre>
 */
public final class EventFollowerException extends Exception {

    /** Why the follower stopped. */
    public enum Reason {
        /** The event source failed, e.g. the peer went away; the cause is its {@link LedgerException}. */
        SOURCE_FAILED,
        /** The source delivered another block than the next one: it broke its promise of order. */
        OUT_OF_ORDER,
        /** The stored checkpoint names a transaction its block does not hold: the store is of another ledger. */
        CHECKPOINT_MISMATCH,
        /** An event cannot be read; the cause says what was wrong. */
        MALFORMED_EVENT,
        /** The consumer failed to apply an event. */
        CONSUMER_FAILED,
        /** The checkpoint store failed to load or save. */
        CHECKPOINT_FAILED
    }

    private final Reason reason;
    private final long blockNumber;
    private final String transactionId;

    EventFollowerException(Reason reason, long blockNumber, String transactionId, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.blockNumber = blockNumber;
        this.transactionId = transactionId;
    }

    /** Why the follower stopped. */
    public Reason reason() {
        return reason;
    }

    /** The block concerned, when there is one. */
    public OptionalLong blockNumber() {
        return blockNumber < 0 ? OptionalLong.empty() : OptionalLong.of(blockNumber);
    }

    /** The transaction of the event concerned, when there is one. */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }
}
