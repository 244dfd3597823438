package io.zhengku.chaincode;

import io.zhengku.core.anchor.AnchorBatchException;
import io.zhengku.core.json.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Why the {@code zhengku} contract refused a call. The code's name is the {@link ChaincodeException} payload
 * (UTF-8) and also starts the message ({@code "TYPE_NOT_REGISTERED: ..."}), because the Fabric Gateway hands
 * clients the message of a failed endorsement but not always its payload.
 *
 * <pre>{@code
 * throw ErrorCode.NOT_FOUND.refuse("no document is anchored with SHA-256 " + hex);
 * }</pre>
 */
public enum ErrorCode {
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
    /** The batch names the same digest or document id twice. */
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
    ILLEGAL_STATUS_TRANSITION;

    /**
     * The exception that refuses the call with this code.
     *
     * @param message what was wrong and what to do about it
     */
    public ChaincodeException refuse(String message) {
        return new ChaincodeException(name() + ": " + message, name().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs a transaction, refusing what the core model refused with this contract's codes: an
     * {@link InvalidFieldException} as {@link #INVALID_ARGUMENT}, an {@link AnchorBatchException} as the
     * code of its reason. The core message already says what was wrong and what to do, so it is kept.
     * Every transaction goes through here, so no core exception reaches Fabric without a code.
     */
    static String withErrorCodes(Supplier<String> transaction) {
        try {
            return transaction.get();
        } catch (InvalidFieldException e) {
            throw INVALID_ARGUMENT.refuse(e.getMessage());
        } catch (AnchorBatchException e) {
            throw of(e.reason()).refuse(e.getMessage());
        }
    }

    private static ErrorCode of(AnchorBatchException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> BATCH_TOO_LARGE;
            case DUPLICATE_ENTRY -> DUPLICATE_IN_BATCH;
            case ROOT_MISMATCH -> BATCH_ROOT_MISMATCH;
        };
    }

    /**
     * The same refusal with {@code context} (e.g. {@code "batch entry 7"}) put in front of its message, so
     * a value's own check need not know where the value came from.
     */
    static ChaincodeException within(String context, ChaincodeException refusal) {
        ErrorCode code = valueOf(new String(refusal.getPayload(), StandardCharsets.UTF_8));
        return code.refuse(context + ": " + refusal.getMessage().substring(code.name().length() + 2));
    }
}
