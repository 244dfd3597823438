package io.zhengku.ledger;

import java.util.Objects;

/**
 * A chaincode event of the {@code zhengku} contract as the peer delivers it (链码事件), before it is read:
 * where it was committed, its name and its payload bytes. {@link ContractEvent#parse} reads it.
 *
 * <pre>{@code
 * new DeliveredEvent(41, "4f1c2e0d9b8a", "StatusChanged", payloadBytes);
 * }</pre>
 *
 * @param blockNumber the block holding the transaction
 * @param transactionId the transaction that set the event (one event at most per transaction)
 * @param name the event name, {@code BatchAnchored} or {@code StatusChanged}
 * @param payload the event payload, the contract's canonical JSON; copied in and out
 */
public record DeliveredEvent(long blockNumber, String transactionId, String name, byte[] payload) {

    /** Checks every part and copies the payload. */
    public DeliveredEvent {
        if (blockNumber < 0) {
            throw new IllegalArgumentException("blockNumber must not be negative, got " + blockNumber);
        }
        if (Objects.requireNonNull(transactionId, "transactionId").isBlank()) {
            throw new IllegalArgumentException("transactionId must not be blank");
        }
        Objects.requireNonNull(name, "name");
        payload = Objects.requireNonNull(payload, "payload").clone();
    }

    /** A copy of the payload bytes. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Where the event was committed, as a checkpoint once it is processed. */
    public Checkpoint position() {
        return Checkpoint.afterTransaction(blockNumber, transactionId);
    }

    /** Names the event and its place, not its payload, which may be large. */
    @Override
    public String toString() {
        return name + " of transaction " + transactionId + " in block " + blockNumber;
    }
}
