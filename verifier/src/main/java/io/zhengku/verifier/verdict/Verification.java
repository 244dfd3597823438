package io.zhengku.verifier.verdict;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.ledger.RegisteredDepartment;
import java.util.List;
import java.util.Optional;

/**
 * A verifier's answer about one presented document (核验结果): the verdict, the code that decided it, the three
 * checks it was derived from, and what the ledger says about the document. For a token, {@code disclosed}
 * holds only the fields the holder chose to show, once they matched the anchored commitment.
 *
 * @param verdict the overall answer
 * @param reason the code that decided it: {@link Reason#VERIFIED} when VALID, else the deciding check's reason
 * @param integrity whether the bytes or disclosed fields are the anchored ones
 * @param status whether the document is anchored and in force today
 * @param issuer whether a registered department sealed it with a seal registered and in force when anchored
 * @param record the anchored record, when there is one
 * @param department the issuing department as registered on the ledger, when it is
 * @param disclosed the disclosed fields of a token, checked; empty otherwise
 */
public record Verification(Verdict verdict, Reason reason, Finding integrity, Finding status, Finding issuer,
                           Optional<DocumentRecord> record, Optional<RegisteredDepartment> department,
                           List<FieldDisclosure> disclosed) {

    public Verification {
        requireNonNull(verdict, "verdict");
        requireNonNull(reason, "reason");
        requireNonNull(integrity, "integrity");
        requireNonNull(status, "status");
        requireNonNull(issuer, "issuer");
        requireNonNull(record, "record");
        requireNonNull(department, "department");
        disclosed = List.copyOf(disclosed);
    }
}
