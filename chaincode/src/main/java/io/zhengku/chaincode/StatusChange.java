package io.zhengku.chaincode;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.JsonObjectReader;
import java.util.Map;

/**
 * The latest status change of a document: when, in which transaction, why (for a suspension or
 * revocation) and by what (for a supersession). Earlier changes are in the key's history.
 *
 * @param at transaction time, ISO-8601 UTC
 * @param txId the changing transaction
 * @param reasonCode a code such as {@code HOLDER_REQUEST}, or {@code null}
 * @param reasonText a short explanation without personal data, or {@code null}
 * @param supersededBy SHA-256 of the replacement, or {@code null}
 */
record StatusChange(String at, String txId, String reasonCode, String reasonText, String supersededBy) {

    static final int MAX_REASON_TEXT_LENGTH = 200;

    StatusChange {
        if (reasonCode != null) {
            FieldChecks.code(reasonCode, "reasonCode");
            FieldChecks.text(reasonText, MAX_REASON_TEXT_LENGTH, "reasonText");
        }
        if (supersededBy != null) {
            FieldChecks.sha256Hex(supersededBy, "replacementSha256");
        }
    }

    /** Reads the change stored in a document record, or {@code null} when it never changed. */
    static StatusChange fromState(JsonObjectReader stored) {
        if (!stored.has("statusChangedAt")) {
            return null;
        }
        return new StatusChange(stored.string("statusChangedAt"), stored.string("statusTxId"),
                stored.optionalString("reasonCode"), stored.optionalString("reasonText"),
                stored.optionalString("supersededBy"));
    }

    /** Adds this change's fields to a document record; absent parts are left out. */
    void addTo(Map<String, Object> record) {
        record.put("statusChangedAt", at);
        record.put("statusTxId", txId);
        if (reasonCode != null) {
            record.put("reasonCode", reasonCode);
            record.put("reasonText", reasonText);
        }
        if (supersededBy != null) {
            record.put("supersededBy", supersededBy);
        }
    }
}
