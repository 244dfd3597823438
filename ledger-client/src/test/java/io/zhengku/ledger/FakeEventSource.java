package io.zhengku.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An in-test stand-in for a peer's block events: the blocks committed so far, delivered from the block asked
 * for onward; the stream ends at the last committed block, as a live stream would wait there. Tests commit
 * more blocks between runs, and can make the stream skip a block or lose the connection.
 */
final class FakeEventSource implements ContractEventSource {

    private final List<LedgerBlock> committed = new ArrayList<>();
    private final List<Long> openedFrom = new ArrayList<>();
    private long skippedBlock = -1;
    private long failingBlock = -1;
    private int closed;

    /** Commits blocks numbered on from the last one. */
    FakeEventSource commit(LedgerBlock... blocks) {
        for (LedgerBlock block : blocks) {
            if (block.number() != committed.size()) {
                throw new IllegalArgumentException("block " + committed.size() + " is next, not " + block.number());
            }
            committed.add(block);
        }
        return this;
    }

    /** Commits blocks 0 to {@code last} without an event of the contract. */
    FakeEventSource commitEmptyBlocksThrough(long last) {
        while (committed.size() <= last) {
            committed.add(new LedgerBlock(committed.size(), List.of()));
        }
        return this;
    }

    /** Streams leave out block {@code number}, as a broken source would. */
    void skip(long number) {
        skippedBlock = number;
    }

    /** The next stream loses its connection instead of delivering block {@code number}, once. */
    void failAt(long number) {
        failingBlock = number;
    }

    @Override
    public BlockStream open(long fromBlock) {
        openedFrom.add(fromBlock);
        return new BlockStream() {
            private long next = fromBlock;
            private boolean open = true;

            @Override
            public Optional<LedgerBlock> next() throws LedgerException {
                next += next == skippedBlock ? 1 : 0;
                if (next == failingBlock) {
                    failingBlock = -1;
                    throw new LedgerException(LedgerException.Reason.UNAVAILABLE, "peer connection lost");
                }
                return open && next < committed.size() ? Optional.of(committed.get((int) next++)) : Optional.empty();
            }

            @Override
            public void close() {
                if (open) {
                    open = false;
                    closed++;
                }
            }
        };
    }

    /** The block each stream was opened from, in order. */
    List<Long> openedFrom() {
        return List.copyOf(openedFrom);
    }

    /** How many streams were closed. */
    int closedStreams() {
        return closed;
    }
}
