package io.zhengku.vault.document;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.ledger.AnchorLedger;
import io.zhengku.ledger.LedgerException;
import io.zhengku.vault.anchoring.LedgerProblems;
import io.zhengku.ledger.StatusChangeRequest;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Suspends, reinstates, revokes and supersedes licences. The ledger is the authority: a change is asked of it
 * first (where the contract checks, again, that the caller's region issued the document), and recorded here
 * only once it committed; so a change needs the document ANCHORED.
 */
@Singleton
public class StatusChanges {

    private final DocumentAccess access;
    private final DocumentRepository documents;
    private final Optional<AnchorLedger> ledger;
    private final Clock clock;

    public StatusChanges(DocumentAccess access, DocumentRepository documents, Optional<AnchorLedger> ledger, Clock clock) {
        this.access = access;
        this.documents = documents;
        this.ledger = ledger;
        this.clock = clock;
    }

    public DocumentRow change(Caller caller, String id, StatusChange change, AuditTrail.Line acknowledged) {
        DocumentRow row = access.issuedBy(caller, DocumentKind.LICENCE, id);
        DocumentStatus next = parseStatus(change.status());
        if (!row.status().mayBecome(next)) {
            throw new ProblemException(HttpStatus.CONFLICT, "status-transition-refused", "a " + row.status()
                    + " licence cannot become " + next + " (ACTIVE may become SUSPENDED, REVOKED or SUPERSEDED; "
                    + "SUSPENDED may become ACTIVE, REVOKED or SUPERSEDED; SUPERSEDED may become REVOKED)");
        }
        DocumentRow replacement = next == DocumentStatus.SUPERSEDED ? replacementOf(caller, row, change) : null;
        StatusChangeRequest request = request(row, next, change, replacement);
        if (row.anchorStatus() != AnchorStatus.ANCHORED) {
            throw new ProblemException(HttpStatus.CONFLICT, "not-anchored", "licence " + id + " is "
                    + row.anchorStatus() + " on the ledger; its status can change once anchorStatus is ANCHORED");
        }
        AnchorLedger anchoredOn = ledger.orElseThrow(() -> new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
                "ledger-unavailable", "this vault has no ledger connection; try again when it has one"));
        try {
            anchoredOn.changeStatus(request);
        } catch (LedgerException e) {
            throw LedgerProblems.of(e, "the change");
        }
        String reason = change.reasonCode() == null ? null
                : change.reasonCode() + (change.reasonText() == null ? "" : ": " + change.reasonText());
        return record(id, next, reason, replacement == null ? null : replacement.id(), acknowledged);
    }

    /** The change the ledger committed, and its audit line, in one transaction. */
    @Transactional
    DocumentRow record(String id, DocumentStatus next, String reason, String supersededBy,
                       AuditTrail.Line acknowledged) {
        documents.recordStatus(id, next, reason, supersededBy, clock.instant());
        acknowledged.recordFor(id);
        return documents.findById(id).orElseThrow();
    }

    private DocumentRow replacementOf(Caller caller, DocumentRow row, StatusChange change) {
        if (change.replacementId() == null || change.replacementId().equals(row.id())) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "status-invalid", "superseding needs "
                    + "replacementId, the identifier of another licence you issued", "replacementId", null);
        }
        return access.issuedBy(caller, DocumentKind.LICENCE, change.replacementId());
    }

    private static StatusChangeRequest request(DocumentRow row, DocumentStatus next, StatusChange change,
                                               DocumentRow replacement) {
        try {
            return switch (next) {
                case SUSPENDED -> new StatusChangeRequest.Suspend(row.sha256(), change.reasonCode(), change.reasonText());
                case ACTIVE -> new StatusChangeRequest.Reinstate(row.sha256());
                case REVOKED -> new StatusChangeRequest.Revoke(row.sha256(), change.reasonCode(), change.reasonText());
                case SUPERSEDED -> new StatusChangeRequest.Supersede(row.sha256(), replacement.sha256());
            };
        } catch (InvalidFieldException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "status-invalid", "suspending and revoking "
                    + "need reasonCode (1 to 32 of A-Z, 0-9, _) and reasonText (1 to 200 characters, no personal data)",
                    "reasonCode", e);
        }
    }

    private static DocumentStatus parseStatus(String status) {
        try {
            return DocumentStatus.valueOf(String.valueOf(status));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "status-invalid", "status must be one of "
                    + "SUSPENDED, ACTIVE, REVOKED, SUPERSEDED", "status", e);
        }
    }
}
