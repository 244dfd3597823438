package io.zhengku.ledger;

/**
 * What an {@link EventFollower} made with {@link EventFollower#ofBlocks} hands each block to (区块消费者), whole:
 * e.g. a verifier's index, which applies a block's state writes and its checkpoint in one database
 * transaction, so that it is never half a block ahead or behind.
 *
 * <p>Delivery is at least once: after a crash between this call's success and the follower's checkpoint, the
 * same block comes again. Make the call idempotent, e.g. by storing the block's number with its effect and
 * ignoring a block at or below it.
 */
@FunctionalInterface
public interface BlockConsumer {

    /**
     * Applies one block; returns only once its effect is durable.
     *
     * @throws Exception when it could not; the follower stops without checkpointing the block
     */
    void accept(LedgerBlock block) throws Exception;
}
