package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.signing.VerificationException;
import java.time.Instant;

/**
 * ISSUER (签发方): the department the entry names is registered in the region that anchored it; the seal the
 * entry names is registered to that department and was valid and in service when the entry was anchored;
 * and that seal signed every field of the entry. All of it read from the ledger alone.
 */
final class IssuerCheck {

    private final EntrySignatures signatures;

    IssuerCheck(EntrySignatures signatures) {
        this.signatures = signatures;
    }

    /**
     * The evidence holds the department and seal the entry names: the contract anchors nothing for an
     * unregistered department or seal and never deletes one, so both are always there.
     */
    Finding judge(VerificationEvidence evidence) {
        DocumentRecord record = evidence.record();
        AnchorEntry entry = record.entry();
        RegisteredDepartment department = evidence.department();
        if (!department.msp().equals(record.issuerMsp())) {
            return Finding.invalid(Reason.DEPARTMENT_OF_ANOTHER_REGION, "department " + entry.issuerCode()
                    + " belongs to " + department.msp() + ", but " + record.issuerMsp() + " anchored the document");
        }
        // The registry keeps only a department's current types: a type dropped after anchoring does not undo
        // what the contract checked then, so only a registry entry unchanged since the anchoring can refute it.
        if (!department.updatedAt().isAfter(record.anchoredAt()) && !department.mayIssue(entry.typeCode())) {
            return Finding.invalid(Reason.TYPE_NOT_REGISTERED, department.name() + " is not registered to issue type "
                    + entry.typeCode());
        }
        return judgeSeal(record, department, evidence.seal());
    }

    private Finding judgeSeal(DocumentRecord record, RegisteredDepartment department, RegisteredSeal seal) {
        Instant anchoredAt = record.anchoredAt();
        if (!seal.department().equals(department.uscc())) {
            return Finding.invalid(Reason.SEAL_OF_ANOTHER_DEPARTMENT, "seal " + seal.fingerprint()
                    + " is registered to another department");
        }
        if (!seal.validAt(anchoredAt)) {
            return Finding.invalid(Reason.SEAL_NOT_VALID_WHEN_ANCHORED, "the seal certificate was valid from "
                    + seal.notBefore() + " to " + seal.notAfter() + ", not when the document was anchored ("
                    + anchoredAt + ")");
        }
        if (!seal.inServiceAt(anchoredAt)) {
            return Finding.invalid(Reason.SEAL_NOT_IN_SERVICE_WHEN_ANCHORED, "the seal was not registered, or already"
                    + " retired, when the document was anchored (" + anchoredAt + ")");
        }
        try {
            signatures.verify(record.entry(), seal);
        } catch (VerificationException e) {
            return Finding.invalid(Reason.ofEntrySignature(e.reason()), "the seal signature over the anchored "
                    + "entry does not hold: " + e.getMessage());
        }
        return Finding.valid(Reason.SEAL_REGISTERED, "sealed by " + department.name() + " (" + department.msp()
                + ") with its registered " + seal.algorithm() + " seal, in service when anchored");
    }
}
