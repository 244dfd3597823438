package io.zhengku.ledger;

import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.anchor.LastStatusChange;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import java.util.Objects;
import java.util.Set;

/**
 * The contract's {@code StatusChanged} event (状态变更事件): a document's status before and after one
 * suspension, reinstatement, revocation or supersession, and why.
 *
 * <pre>{@code
 * if (event.status() == DocumentStatus.REVOKED) { index.revoked(event.sha256(), event.change().at()); }
 * }</pre>
 *
 * @param position where the event was committed
 * @param sha256 the document's SHA-256, lowercase hex
 * @param documentId the document's GB/T 36904 licence identifier or material id
 * @param issuer the issuing department's unified social credit code
 * @param issuerMsp the issuing region's MSP id
 * @param previousStatus the status before the change
 * @param status the status after it, one {@code previousStatus} may become
 * @param change when, in which transaction (the event's), why and by what
 */
public record StatusChanged(Checkpoint position, String sha256, String documentId, String issuer, String issuerMsp,
                            DocumentStatus previousStatus, DocumentStatus status, LastStatusChange change)
        implements ContractEvent {

    /** The event name the contract sets. */
    public static final String NAME = "StatusChanged";

    private static final Set<String> FIELDS = Set.of("id", "issuer", "issuerMsp", "previousStatus", "reasonCode",
            "reasonText", "sha256", "status", "statusChangedAt", "statusTxId", "supersededBy");

    /**
     * Checks the keys, that the change is one the contract allows, that it was made by the event's
     * transaction, and that exactly a supersession names a replacement.
     *
     * @throws InvalidFieldException naming the first wrong part
     */
    public StatusChanged {
        Objects.requireNonNull(position, "position");
        FieldChecks.sha256Hex(sha256, "sha256");
        FieldChecks.documentId(documentId, "id");
        FieldChecks.uscc(issuer, "issuer");
        Objects.requireNonNull(issuerMsp, "issuerMsp");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(status, "status");
        if (!previousStatus.mayBecome(status)) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "status", "a " + previousStatus
                    + " document cannot become " + status);
        }
        requireChangeOf(change, position, status);
    }

    static StatusChanged fromJson(Checkpoint position, JsonObjectReader json) {
        json.allowOnly(FIELDS);
        return new StatusChanged(position, json.string("sha256"), json.string("id"), json.string("issuer"),
                json.string("issuerMsp"), Responses.constant(json, "previousStatus", DocumentStatus.class),
                Responses.constant(json, "status", DocumentStatus.class), LastStatusChange.readFrom(json));
    }

    private static void requireChangeOf(LastStatusChange change, Checkpoint position, DocumentStatus status) {
        if (change == null) {
            throw new InvalidFieldException(Reason.MISSING, "statusChangedAt", "statusChangedAt is missing");
        }
        if (!change.transactionId().equals(position.transactionId())) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "statusTxId", "the change names transaction "
                    + change.transactionId() + " but the event was set by " + position.transactionId());
        }
        if ((status == DocumentStatus.SUPERSEDED) != (change.supersededBy() != null)) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "supersededBy",
                    "supersededBy is given exactly when the status becomes SUPERSEDED");
        }
    }
}
