package io.zhengku.ledger;

import io.zhengku.core.json.JsonObjectReader;
import java.util.function.Function;

/**
 * A chaincode event of the {@code zhengku} contract read into a typed value (合约事件): a batch anchored or a
 * document's status changed. The contract sets one per transaction.
 *
 * <pre>{@code
 * ContractEvent event = ContractEvent.parse(delivered);
 * if (event instanceof StatusChanged changed) { index.setStatus(changed.sha256(), changed.status()); }
 * }</pre>
 */
public sealed interface ContractEvent permits BatchAnchored, StatusChanged {

    /** Where the event was committed; once it is processed, the checkpoint to resume after. */
    Checkpoint position();

    /**
     * Reads a delivered event strictly: the name must be one this client knows, the payload canonical JSON with
     * exactly the fields the contract writes, and it must agree with the transaction that delivered it.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} naming the event and what was
     *     wrong, when it cannot be read
     */
    static ContractEvent parse(DeliveredEvent event) throws LedgerException {
        Function<JsonObjectReader, ContractEvent> reader = switch (event.name()) {
            case BatchAnchored.NAME -> json -> BatchAnchored.fromJson(event.position(), json);
            case StatusChanged.NAME -> json -> StatusChanged.fromJson(event.position(), json);
            default -> throw new LedgerException(LedgerException.Reason.MALFORMED_RESPONSE, false,
                    event.transactionId(), "the ledger's " + event + " has a name this client does not know;"
                    + " check that the client and the deployed zhengku contract are of the same version", null);
        };
        return Responses.read(event.payload(), event.toString(), reader);
    }
}
