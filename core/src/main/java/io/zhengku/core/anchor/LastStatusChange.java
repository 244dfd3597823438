package io.zhengku.core.anchor;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The latest status change of an anchored document (状态变更): when, in which transaction, why (for a
 * suspension or revocation) and by what (for a supersession). Earlier changes are in the record's history.
 * On the ledger its fields sit at the top of the {@link DocumentRecord} (and of the contract's
 * {@code StatusChanged} event): {@code statusChangedAt}, {@code statusTxId}, {@code reasonCode},
 * {@code reasonText}, {@code supersededBy}.
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

    /** Longest reason text, in characters: every byte is kept by every peer forever. */
    public static final int MAX_REASON_TEXT_LENGTH = 200;

    /** The change's fields within the object that holds them. */
    public static final Set<String> FIELDS = Set.of("statusChangedAt", "statusTxId", "reasonCode", "reasonText",
            "supersededBy");

    /**
     * Checks the required parts and the syntax of the optional ones.
     *
     * @throws InvalidFieldException naming the first wrong part
     */
    public LastStatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(transactionId, "transactionId");
        if ((reasonCode == null) != (reasonText == null)) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "reasonText",
                    "a reason has both a code and a text, or neither");
        }
        if (reasonCode != null) {
            FieldChecks.code(reasonCode, "reasonCode");
            FieldChecks.text(reasonText, MAX_REASON_TEXT_LENGTH, "reasonText");
        }
        if (supersededBy != null) {
            FieldChecks.sha256Hex(supersededBy, "supersededBy");
        }
    }

    /**
     * Reads the change's {@link #FIELDS} from the object holding them, whose other fields are the caller's
     * to check.
     *
     * @return the change, or {@code null} when the status never changed (no {@code statusChangedAt})
     * @throws InvalidFieldException naming the first wrong field
     */
    public static LastStatusChange readFrom(JsonObjectReader json) {
        if (!json.has("statusChangedAt")) {
            return null;
        }
        Instant at = FieldChecks.instant(json.string("statusChangedAt"), json.what() + " field statusChangedAt");
        String transactionId = json.string("statusTxId");
        String reasonCode = json.optionalString("reasonCode");
        String reasonText = json.optionalString("reasonText");
        String supersededBy = json.optionalString("supersededBy");
        try {
            return new LastStatusChange(at, transactionId, reasonCode, reasonText, supersededBy);
        } catch (InvalidFieldException e) {
            throw e.within(json.what());
        }
    }

    /** Adds the change's fields to the object that holds them; absent parts are left out, never {@code null}. */
    public void addTo(Map<String, Object> json) {
        json.put("statusChangedAt", at.toString());
        json.put("statusTxId", transactionId);
        if (reasonCode != null) {
            json.put("reasonCode", reasonCode);
            json.put("reasonText", reasonText);
        }
        if (supersededBy != null) {
            json.put("supersededBy", supersededBy);
        }
    }
}
