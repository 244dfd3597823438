package io.zhengku.core.anchor;

import java.util.Optional;

/**
 * Why the {@code zhengku} contract refused a call (拒绝码): the one list of the contract's codes, written by the
 * chaincode and read by the ledger client. On the wire the code's name is the refusal's payload and starts its
 * message, {@code "TYPE_NOT_REGISTERED: what was wrong and what to do"}.
 *
 * <pre>{@code
 * Optional<RefusalCode> code = RefusalCode.named("SEAL_RETIRED"); // SEAL_RETIRED
 * }</pre>
 */
public enum RefusalCode {
    /** An argument is malformed: bad JSON, a wrong length, a bad check character, an unknown field. */
    INVALID_ARGUMENT,
    /** The call changes the issuer registry but the caller's certificate lacks the {@code admin} OU. */
    NOT_REGION_ADMIN,
    /** The caller's region (MSP) is not the region that owns the department, seal or document. */
    FOREIGN_REGION,
    /** No other region is registered, so no key-level policy can require a second region's endorsement. */
    NO_OTHER_REGION,
    /** The department (by unified social credit code) is not registered. */
    UNKNOWN_DEPARTMENT,
    /** The department is already registered; use {@code updateDepartment}. */
    DEPARTMENT_EXISTS,
    /** The department is not registered for the entry's licence or material type code. */
    TYPE_NOT_REGISTERED,
    /** No seal certificate is registered with that SHA-256 fingerprint. */
    UNKNOWN_SEAL,
    /** A seal certificate with that fingerprint is already registered. */
    SEAL_EXISTS,
    /** The seal certificate's key is neither SM2 nor ECDSA P-256. */
    UNSUPPORTED_SEAL_ALGORITHM,
    /** The seal belongs to another department than the entry's issuer. */
    SEAL_NOT_OF_ISSUER,
    /** The seal has been retired. */
    SEAL_RETIRED,
    /** The transaction time lies outside the seal certificate's validity window. */
    SEAL_NOT_VALID_AT_ANCHOR_TIME,
    /** The digest is already anchored by another issuer. */
    DIGEST_ANCHORED_BY_OTHER_ISSUER,
    /** The document id is already anchored for another digest. */
    DOCUMENT_ID_TAKEN,
    /**
     * The batch names the same digest or document id twice; the ledger client's batcher also refuses so,
     * before submitting, a document pending under the same digest or id with other content.
     */
    DUPLICATE_IN_BATCH,
    /** A batch with that id was anchored with another root or by another region. */
    BATCH_EXISTS,
    /** The submitted Merkle root is not the root of the submitted entries. */
    BATCH_ROOT_MISMATCH,
    /** The batch holds more entries than the contract accepts in one transaction. */
    BATCH_TOO_LARGE,
    /** Nothing is recorded under the key asked for. */
    NOT_FOUND,
    /** The document's current status does not allow the change asked for. */
    ILLEGAL_STATUS_TRANSITION,
    /**
     * An audit head goes behind the one anchored before, or names an anchored sequence number with another
     * hash: the region's audit trail was rewritten, or its database restored from an older copy.
     */
    AUDIT_HEAD_CONFLICT;

    /** The code spelled exactly {@code name}, or empty for any other text (a newer contract's code, say). */
    public static Optional<RefusalCode> named(String name) {
        for (RefusalCode code : values()) {
            if (code.name().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
