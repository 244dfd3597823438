package io.zhengku.ledger;

import java.util.Optional;

/**
 * Where an {@link EventFollower} keeps its {@link Checkpoint} between runs (检查点存储).
 *
 * <p>Keep it beside what the events feed, e.g. in the verifier index's own database, ideally written in the
 * same transaction as the event's effect: a checkpoint kept apart (say in a file) can survive a restore of the
 * index from a backup, and the follower would then resume after events the index no longer holds, so the
 * index would be wrong and not know it. That is why this module ships no file or database store; the module
 * that owns the index implements it.
 *
 * <pre>{@code
 * Optional<Checkpoint> last = store.load(); // empty before the first event: follow from block 0
 * }</pre>
 */
public interface CheckpointStore {

    /**
     * The checkpoint saved last, or empty when none was ever saved.
     *
     * @throws RuntimeException when the store cannot be read; the follower then does not start
     */
    Optional<Checkpoint> load();

    /**
     * Replaces the saved checkpoint; returns once it is durable.
     *
     * @throws RuntimeException when it could not be saved; the follower then stops, and the event is
     *     delivered again on the next run
     */
    void save(Checkpoint checkpoint);
}
