package io.zhengku.ledger;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest status change of a document (状态变更): when, in which transaction, why (for a suspension or
 * revocation) and by what (for a supersession). Earlier changes are in {@link Ledger#history}.
 *
 * <pre>{@code
 * if (record.lastChange() != null && record.lastChange().supersededBy() != null) { follow(...); }
 * }</pre>
 *
 * @param at the changing transaction's time
 * @param transactionId the changing transaction
 * @param reasonCode a code such as {@code HOLDER_REQUEST}, or {@code null}
 * @param reasonText a short explanation without personal data; present exactly when {@code reasonCode} is
 * @param supersededBy SHA-256 of the replacement, lowercase hex, or {@code null}
 */
public record LastStatusChange(Instant at, String transactionId, String reasonCode, String reasonText,
                               String supersededBy) {

    /**
     * Checks the required parts and the syntax of the optional ones.
     *
     * @throws InvalidFieldException naming the first wrong part
     */
    public LastStatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(transactionId, "transactionId");
        if (reasonCode != null) {
            FieldChecks.code(reasonCode, "reasonCode");
        }
        if ((reasonCode == null) != (reasonText == null)) {
            throw new InvalidFieldException(InvalidFieldException.Reason.INCONSISTENT, "reasonText",
                    "a reason has both a code and a text, or neither");
        }
        if (supersededBy != null) {
            FieldChecks.sha256Hex(supersededBy, "supersededBy");
        }
    }

    /** Reads the change fields of a document record, or {@code null} when the status never changed. */
    static LastStatusChange fromRecord(JsonObjectReader record) {
        if (!record.has("statusChangedAt")) {
            return null;
        }
        return new LastStatusChange(Responses.instant(record, "statusChangedAt"), record.string("statusTxId"),
                record.optionalString("reasonCode"), record.optionalString("reasonText"),
                record.optionalString("supersededBy"));
    }
}
