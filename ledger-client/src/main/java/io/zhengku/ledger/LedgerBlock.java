package io.zhengku.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One committed block as an event source delivers it (区块): its number, the {@code zhengku} contract's events
 * in it and the contract's world-state writes, both in transaction order, of VALID transactions only. Most
 * blocks hold none; they are delivered all the same, so a follower knows it has passed them and can tell its
 * lag exactly.
 *
 * <pre>{@code
 * new LedgerBlock(42, List.of()); // a block without an event or a write of the contract
 * }</pre>
 *
 * @param number the block number
 * @param events the contract's events, each of this block and of its own transaction
 * @param writes the contract's state writes; a key written twice in the block appears twice, last one last
 */
public record LedgerBlock(long number, List<DeliveredEvent> events, List<StateWrite> writes) {

    /** A block with the contract's events only, as a source that reads no writes delivers it. */
    public LedgerBlock(long number, List<DeliveredEvent> events) {
        this(number, events, List.of());
    }

    /** Checks that every event is of this block and that no transaction has two. */
    public LedgerBlock {
        writes = List.copyOf(writes);
        if (number < 0) {
            throw new IllegalArgumentException("number must not be negative, got " + number);
        }
        events = List.copyOf(events);
        Set<String> transactions = new HashSet<>();
        for (DeliveredEvent event : events) {
            if (event.blockNumber() != number) {
                throw new IllegalArgumentException(event + " was delivered with block " + number);
            }
            if (!transactions.add(event.transactionId())) {
                throw new IllegalArgumentException("block " + number + " holds two events of transaction "
                        + event.transactionId() + "; Fabric keeps one per transaction");
            }
        }
    }
}
