package io.zhengku.ledger;

/**
 * What an {@link EventFollower} hands each event to (事件消费者), e.g. the verifier's index.
 *
 * <p>Delivery is at least once: after a crash between this call's success and the follower's checkpoint, the
 * same event comes again, once, as the first event of the next run. Make the call idempotent: keep the
 * {@link ContractEvent#position()} of the last event applied, in the same transaction as the event's effect,
 * and ignore an event at that position.
 *
 * <pre>{@code
 * ContractEventConsumer index = event -> {
 *     if (event.position().equals(lastApplied())) { return; } // replayed after a crash
 *     apply(event); // and record event.position() as lastApplied, atomically
 * };
 * }</pre>
 */
@FunctionalInterface
public interface ContractEventConsumer {

    /**
     * Applies one event; returns only once its effect is durable.
     *
     * @throws Exception when it could not; the follower stops without checkpointing the event
     */
    void accept(ContractEvent event) throws Exception;
}
