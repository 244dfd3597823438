package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.anchor.LastStatusChange;
import io.zhengku.core.anchor.RefusalCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Status changes of anchored documents (状态变更): suspend, reinstate, revoke, supersede. Only the issuing
 * region may change a document: checked here from the caller's MSP, and enforced again at validation by
 * the key-level endorsement policy set when the document was anchored.
 */
final class StatusChanges {

    /** The chaincode event set for every status change. */
    static final String STATUS_CHANGED = "StatusChanged";

    private final LedgerState state;

    StatusChanges(LedgerState state) {
        this.state = state;
    }

    /** ACTIVE to SUSPENDED, for a reason. */
    String suspend(Caller caller, String sha256, String reasonCode, String reasonText) {
        return change(caller, sha256, DocumentStatus.SUSPENDED, reasonCode, reasonText, null);
    }

    /** SUSPENDED back to ACTIVE. */
    String reinstate(Caller caller, String sha256) {
        return change(caller, sha256, DocumentStatus.ACTIVE, null, null, null);
    }

    /** Any status but REVOKED to REVOKED, for good, for a reason. */
    String revoke(Caller caller, String sha256, String reasonCode, String reasonText) {
        return change(caller, sha256, DocumentStatus.REVOKED, reasonCode, reasonText, null);
    }

    /** ACTIVE or SUSPENDED to SUPERSEDED by an ACTIVE document of the same issuer. */
    String supersede(Caller caller, String sha256, String replacementSha256) {
        String replacement = FieldChecks.sha256Hex(replacementSha256, "replacementSha256");
        if (replacement.equals(FieldChecks.sha256Hex(sha256, "sha256"))) {
            throw refuse(RefusalCode.INVALID_ARGUMENT, "a document cannot supersede itself; name its replacement");
        }
        return change(caller, sha256, DocumentStatus.SUPERSEDED, null, null, replacement);
    }

    private String change(Caller caller, String sha256, DocumentStatus next, String reasonCode, String reasonText,
                          String replacement) {
        String digest = FieldChecks.sha256Hex(sha256, "sha256");
        LastStatusChange change = new LastStatusChange(state.now(), state.txId(), reasonCode, reasonText, replacement);
        DocumentRecord record = load(digest);
        caller.requireRegion(record.issuerMsp(), "document " + record.sha256());
        if (!record.status().mayBecome(next)) {
            throw refuse(RefusalCode.ILLEGAL_STATUS_TRANSITION, "document " + record.sha256() + " is "
                    + record.status() + " and cannot become " + next + "; see findByDigest for its status");
        }
        if (replacement != null) {
            requireReplacement(record, load(replacement));
        }
        String stored = state.write(Keys.document(record.sha256()), record.withStatus(next, change).toJson());
        state.emit(STATUS_CHANGED, event(record, next, change));
        return stored;
    }

    private void requireReplacement(DocumentRecord record, DocumentRecord replacement) {
        String issuer = record.entry().issuerCode();
        if (!replacement.entry().issuerCode().equals(issuer)) {
            throw refuse(RefusalCode.DIGEST_ANCHORED_BY_OTHER_ISSUER, "replacement " + replacement.sha256()
                    + " is anchored by issuer " + replacement.entry().issuerCode() + ", not by " + issuer
                    + "; a document is superseded by one of its own issuer");
        }
        if (replacement.status() != DocumentStatus.ACTIVE) {
            throw refuse(RefusalCode.ILLEGAL_STATUS_TRANSITION, "replacement " + replacement.sha256() + " is "
                    + replacement.status() + "; supersede with an ACTIVE document");
        }
    }

    private DocumentRecord load(String sha256) {
        return state.read(Keys.document(sha256), "document " + sha256).map(DocumentRecord::fromJson)
                .orElseThrow(() -> refuse(RefusalCode.NOT_FOUND, "no document is anchored with SHA-256 " + sha256));
    }

    private static Map<String, Object> event(DocumentRecord before, DocumentStatus next, LastStatusChange change) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("sha256", before.sha256());
        event.put("id", before.entry().documentId());
        event.put("issuer", before.entry().issuerCode());
        event.put("issuerMsp", before.issuerMsp());
        event.put("previousStatus", before.status().name());
        event.put("status", next.name());
        change.addTo(event);
        return event;
    }
}
