package io.zhengku.ledger;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a verification needs about one anchored document (核验依据), as the contract's {@code findEvidence}
 * and {@code findEvidenceById} answer it in one read: the record, the batch that anchored it, the registered
 * department that issued it and the registered seal its entry names.
 *
 * <pre>{@code
 * VerificationEvidence evidence = ledger.findEvidence(sha256).orElseThrow();
 * evidence.batch().verifyInclusion(evidence.record()); // the record's audit path leads to the anchored root
 * boolean usable = evidence.seal().validAt(evidence.record().anchoredAt());
 * }</pre>
 *
 * @param record the anchored record
 * @param batch the batch record named by {@code record.batchId()}
 * @param department the department named by the entry's issuer code
 * @param seal the seal named by the entry's seal fingerprint
 */
public record VerificationEvidence(DocumentRecord record, BatchRecord batch, RegisteredDepartment department,
                                   RegisteredSeal seal) {

    private static final String WHAT = "verification evidence";
    private static final Set<String> FIELDS = Set.of("batch", "department", "record", "seal");

    /**
     * Checks that each part is the one the record names, since evidence that joins unrelated parts would vouch
     * for the wrong issuer, whether it came from the peer in one answer or from a verifier's index.
     *
     * @throws InvalidFieldException {@link Reason#INCONSISTENT} naming the part that is not the record's
     */
    public VerificationEvidence {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(seal, "seal");
        requireNamed("batch", batch.batchId(), record.batchId());
        requireNamed("department", department.uscc(), record.entry().issuerCode());
        requireNamed("seal", seal.fingerprint(), record.entry().sealFingerprint());
    }

    /**
     * Reads the contract's answer strictly: exactly the four parts, each as strict as when read alone, and each
     * the one the record names.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it is not such an answer
     */
    public static VerificationEvidence parse(String json) throws LedgerException {
        return Responses.read(json, WHAT, VerificationEvidence::fromJson);
    }

    private static VerificationEvidence fromJson(JsonObjectReader json) {
        json.allowOnly(FIELDS);
        DocumentRecord record = DocumentRecord.fromJson(json.object("record"));
        BatchRecord batch = BatchRecord.fromJson(json.object("batch"));
        RegisteredDepartment department = RegisteredDepartment.fromJson(json.object("department"));
        RegisteredSeal seal = RegisteredSeal.fromJson(json.object("seal"));
        return new VerificationEvidence(record, batch, department, seal);
    }

    private static void requireNamed(String part, String found, String named) {
        if (!found.equals(named)) {
            String field = WHAT + " field " + part;
            throw new InvalidFieldException(Reason.INCONSISTENT, field, field + " is " + found
                    + ", but the record names " + named);
        }
    }
}
