package io.zhengku.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link CheckpointStore} in memory, for tests: it outlives the followers of one test, as a real store
 * outlives a process, and can fail a save, as a crash between the consumer and the checkpoint would.
 */
final class InMemoryCheckpointStore implements CheckpointStore {

    private final List<Checkpoint> saved = new ArrayList<>();
    private Checkpoint failingSave;

    @Override
    public Optional<Checkpoint> load() {
        return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
    }

    @Override
    public void save(Checkpoint checkpoint) {
        if (checkpoint.equals(failingSave)) {
            failingSave = null;
            throw new IllegalStateException("the process died before saving " + checkpoint);
        }
        saved.add(checkpoint);
    }

    /** The store holds {@code checkpoint} as if a previous run had saved it. */
    InMemoryCheckpointStore holding(Checkpoint checkpoint) {
        saved.add(checkpoint);
        return this;
    }

    /** The next save of {@code checkpoint} fails, once. */
    void failSaveOf(Checkpoint checkpoint) {
        failingSave = checkpoint;
    }

    /** Every checkpoint saved, in order. */
    List<Checkpoint> saved() {
        return List.copyOf(saved);
    }
}
