package io.zhengku.verifier.verdict;

import io.zhengku.signing.RejectionReason;

/**
 * The stable codes of a verification (核验原因代码): why each check came out as it did, and which one decided
 * the verdict. Clients, pages and receipts act on these names; they are part of the API.
 */
public enum Reason {

    /** The verdict is VALID: every check held. */
    VERIFIED,

    // INTEGRITY: the anchored entry against its batch's root, and the presented bytes or disclosed fields
    // against the anchored entry.
    /** The file's SHA-256 and SM3 are the anchored ones. */
    CONTENT_MATCHES,
    /** The record's audit path does not lead from its entry to the root its batch anchored. */
    NOT_IN_BATCH,
    /** A digest of the file is not the anchored one. */
    DIGEST_MISMATCH,
    /** A token's disclosed fields open the anchored metadata commitment. */
    FIELDS_MATCH,
    /** A token's disclosed fields do not open the anchored commitment. */
    COMMITMENT_MISMATCH,
    /** A token names another document than the one anchored under its digest. */
    TOKEN_DOCUMENT_MISMATCH,
    /** A token was signed with another seal than the one that sealed its licence. */
    TOKEN_SEAL_MISMATCH,
    /** Only a SHA-256 was presented: no bytes to check. */
    DIGEST_ONLY,
    /** Only an identifier was presented: no bytes to check. */
    IDENTIFIER_ONLY,

    // STATUS: anchored, and in force today.
    /** Anchored, not suspended, revoked or superseded, and within its validity dates today. */
    IN_FORCE,
    /** Revoked for good by its issuer. */
    REVOKED,
    /** Suspended by its issuer. */
    SUSPENDED,
    /** Replaced by its issuer with another document. */
    SUPERSEDED,
    /** Its last day of validity has passed. */
    EXPIRED,
    /** Its first day of validity is still to come. */
    NOT_YET_VALID,
    /** Nothing is anchored under what was presented. */
    NOT_ANCHORED,
    /** A genuine token names a licence that is not anchored yet. */
    NOT_YET_ANCHORED,

    // ISSUER: the registry's department and seal, as they stood when the document was anchored.
    /** Sealed by a registered department with its registered seal, in service when anchored. */
    SEAL_REGISTERED,
    /** A token was signed with a seal registered on the ledger (its licence is not anchored yet). */
    TOKEN_SEALED,
    DEPARTMENT_OF_ANOTHER_REGION,
    TYPE_NOT_REGISTERED,
    SEAL_OF_ANOTHER_DEPARTMENT,
    SEAL_NOT_VALID_WHEN_ANCHORED,
    SEAL_NOT_IN_SERVICE_WHEN_ANCHORED,
    /** The seal signature over the anchored entry does not verify. */
    BAD_SIGNATURE,
    /** The entry names a seal whose registered certificate has another key. */
    UNKNOWN_KEY,
    /** The registered seal's key is of an algorithm not allowed. */
    WRONG_ALGORITHM,
    /** The registered seal certificate cannot be read. */
    MALFORMED,

    // A presentation token refused before the ledger was asked about its licence.
    TOKEN_TAMPERED,
    TOKEN_MALFORMED,
    TOKEN_WRONG_ALGORITHM,
    TOKEN_EXPIRED,
    TOKEN_NOT_YET_VALID,
    TOKEN_WRONG_AUDIENCE,
    TOKEN_UNKNOWN_KEY,
    TOKEN_REPLAYED,
    TOKEN_TOO_LARGE,
    /** The check was not made: the token was refused, so the ledger was not asked. */
    TOKEN_REFUSED;

    /** Why the seal signature over an anchored entry failed. */
    static Reason ofEntrySignature(RejectionReason rejection) {
        return switch (rejection) {
            case BAD_SIGNATURE -> BAD_SIGNATURE;
            case UNKNOWN_KEY -> UNKNOWN_KEY;
            case WRONG_ALGORITHM -> WRONG_ALGORITHM;
            default -> MALFORMED;
        };
    }

    /** Why a presentation token was refused; a changed character shows as a signature that does not hold. */
    public static Reason ofToken(RejectionReason rejection) {
        return switch (rejection) {
            case BAD_SIGNATURE -> TOKEN_TAMPERED;
            case WRONG_ALGORITHM -> TOKEN_WRONG_ALGORITHM;
            case EXPIRED_TOKEN -> TOKEN_EXPIRED;
            case TOKEN_NOT_YET_VALID -> TOKEN_NOT_YET_VALID;
            case WRONG_AUDIENCE -> TOKEN_WRONG_AUDIENCE;
            case UNKNOWN_KEY -> TOKEN_UNKNOWN_KEY;
            case REPLAYED -> TOKEN_REPLAYED;
            case TOO_LARGE -> TOKEN_TOO_LARGE;
            default -> TOKEN_MALFORMED;
        };
    }
}
