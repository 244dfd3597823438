package io.zhengku.ledger;

import java.util.Optional;

/**
 * The committed blocks of one region's peer with the {@code zhengku} contract's events in them (事件源), from a
 * given block onward: what a Fabric Gateway adapter implements over the peer's block events (full blocks, so
 * the event payloads are there, keeping only the events of VALID transactions). An {@link EventFollower} reads
 * it.
 *
 * <pre>{@code
 * try (ContractEventSource.BlockStream blocks = source.open(checkpoint.nextBlock())) {
 *     for (Optional<LedgerBlock> block = blocks.next(); block.isPresent(); block = blocks.next()) { ... }
 * }
 * }</pre>
 */
public interface ContractEventSource {

    /**
     * Opens a stream of every block from {@code fromBlock} onward, in block order, without gaps; it waits for
     * blocks not yet committed.
     *
     * @throws LedgerException a transient {@code UNAVAILABLE} when the peer cannot be reached
     */
    BlockStream open(long fromBlock) throws LedgerException;

    /** Blocks in order, as they are committed; closing it from another thread ends a waiting {@link #next()}. */
    interface BlockStream extends AutoCloseable {

        /**
         * The next block, waiting for it to be committed; empty once the stream is closed or the source ended.
         *
         * @throws LedgerException a transient {@code UNAVAILABLE} when the connection to the peer is lost
         */
        Optional<LedgerBlock> next() throws LedgerException;

        /** Stops the stream; a {@link #next()} waiting in another thread returns empty. */
        @Override
        void close();
    }
}
