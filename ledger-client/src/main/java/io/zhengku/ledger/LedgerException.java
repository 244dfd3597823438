package io.zhengku.ledger;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a ledger (账本) call failed, as data: a {@link Reason}, whether trying again may help
 * ({@link #isTransient()}), the transaction when one was created, and for a refused batch the entry the
 * contract named. Adapters translate every SDK exception into this one type; callers and tests tell failures
 * apart by {@link #reason()}, never by message text.
 *
 * <pre>{@code
 * catch (LedgerException e) {
 *     if (e.isTransient()) { retryLater(); } else { reject(e.reason(), e.getMessage()); }
 * }
 * }</pre>
 */
public final class LedgerException extends Exception {

    /** Why the call failed: the {@code zhengku} contract's error codes, then the transport's and the client's. */
    public enum Reason {
        /** An argument is malformed. */
        INVALID_ARGUMENT(Origin.CHAINCODE),
        /** The call changes the issuer registry but the caller is not a region admin. */
        NOT_REGION_ADMIN(Origin.CHAINCODE),
        /** The caller's region does not own the department, seal or document. */
        FOREIGN_REGION(Origin.CHAINCODE),
        /** No other region is registered to co-endorse. */
        NO_OTHER_REGION(Origin.CHAINCODE),
        /** The department is not registered. */
        UNKNOWN_DEPARTMENT(Origin.CHAINCODE),
        /** The department is already registered. */
        DEPARTMENT_EXISTS(Origin.CHAINCODE),
        /** The department is not registered for the entry's type code. */
        TYPE_NOT_REGISTERED(Origin.CHAINCODE),
        /** No seal certificate has that fingerprint. */
        UNKNOWN_SEAL(Origin.CHAINCODE),
        /** A seal certificate with that fingerprint is already registered. */
        SEAL_EXISTS(Origin.CHAINCODE),
        /** The seal key is neither SM2 nor ECDSA P-256. */
        UNSUPPORTED_SEAL_ALGORITHM(Origin.CHAINCODE),
        /** The seal belongs to another department than the entry's issuer. */
        SEAL_NOT_OF_ISSUER(Origin.CHAINCODE),
        /** The seal has been retired. */
        SEAL_RETIRED(Origin.CHAINCODE),
        /** The seal certificate is not valid at the transaction time. */
        SEAL_NOT_VALID_AT_ANCHOR_TIME(Origin.CHAINCODE),
        /** The digest is already anchored by another issuer. */
        DIGEST_ANCHORED_BY_OTHER_ISSUER(Origin.CHAINCODE),
        /** The document id is already anchored for another digest. */
        DOCUMENT_ID_TAKEN(Origin.CHAINCODE),
        /** The batch, or the documents pending in the batcher, name the same digest or document id twice. */
        DUPLICATE_IN_BATCH(Origin.CHAINCODE),
        /** A batch with that id was anchored with another root or by another region. */
        BATCH_EXISTS(Origin.CHAINCODE),
        /** The submitted Merkle root is not the root of the submitted entries. */
        BATCH_ROOT_MISMATCH(Origin.CHAINCODE),
        /** The batch holds more entries than the contract accepts in one transaction. */
        BATCH_TOO_LARGE(Origin.CHAINCODE),
        /** Nothing is recorded under the key asked for. */
        NOT_FOUND(Origin.CHAINCODE),
        /** The document's status does not allow the change asked for. */
        ILLEGAL_STATUS_TRANSITION(Origin.CHAINCODE),
        /** The contract refused with a message that starts with no code this client knows. */
        UNRECOGNISED_REFUSAL(Origin.CLIENT),
        /** A deadline passed: the outcome is unknown (a commit may still come, or may have been lost). */
        TIMEOUT(Origin.TRANSIENT),
        /** The peer or orderer could not be reached. */
        UNAVAILABLE(Origin.TRANSIENT),
        /** The transaction was invalidated by a concurrent write (MVCC or phantom read conflict). */
        MVCC_CONFLICT(Origin.TRANSIENT),
        /** Endorsement failed without a contract refusal, e.g. too few peers or differing results. */
        ENDORSEMENT_FAILURE(Origin.TRANSIENT),
        /** The transaction was committed with another validation code than VALID or a read conflict. */
        COMMIT_INVALID(Origin.CLIENT),
        /** The ledger answered with JSON this client cannot read. */
        MALFORMED_RESPONSE(Origin.CLIENT),
        /** The batcher was shut down before the document was accepted. */
        SHUT_DOWN(Origin.CLIENT),
        /** The adapter or the batcher failed in a way it does not expect; see the cause. */
        UNEXPECTED(Origin.CLIENT);

        private enum Origin { CHAINCODE, TRANSIENT, CLIENT }

        private final Origin origin;

        Reason(Origin origin) {
            this.origin = origin;
        }

        /** Whether the {@code zhengku} contract refuses with this code ({@code "CODE: message"}). */
        public boolean isChaincodeCode() {
            return origin == Origin.CHAINCODE;
        }

        /** Whether a failure for this reason is worth trying again unless the thrower says otherwise. */
        public boolean isTransientByDefault() {
            return origin == Origin.TRANSIENT;
        }
    }

    private static final Pattern REFUSAL = Pattern.compile("([A-Z_]+): .*", Pattern.DOTALL);
    private static final Pattern BATCH_ENTRY = Pattern.compile("\\bbatch entry (\\d{1,9})\\b");

    private final Reason reason;
    private final boolean transientFailure;
    private final String transactionId;
    private final int batchEntry;

    /**
     * A failure with every field given.
     *
     * @param transientFailure whether trying the same call again may succeed
     * @param transactionId the transaction concerned, or {@code null} when none was created
     * @param message what was wrong and what to do
     * @param cause the SDK's exception, or {@code null}
     */
    public LedgerException(Reason reason, boolean transientFailure, String transactionId, String message,
                           Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.transientFailure = transientFailure;
        this.transactionId = transactionId;
        this.batchEntry = batchEntryOf(reason, message);
    }

    /** A failure that is transient when its reason is by default, without a transaction or cause. */
    public LedgerException(Reason reason, String message) {
        this(reason, reason.isTransientByDefault(), null, message, null);
    }

    /**
     * Reads a contract refusal, {@code "CODE: what was wrong and what to do"}, as the Fabric Gateway reports
     * it for a failed endorsement. A refusal is final; an unknown code gives {@link Reason#UNRECOGNISED_REFUSAL}.
     *
     * <p>{@code LedgerException.refusal("TYPE_NOT_REGISTERED: batch entry 7: ...", txId, e).batchEntry()} is 7.
     */
    public static LedgerException refusal(String chaincodeMessage, String transactionId, Throwable cause) {
        Objects.requireNonNull(chaincodeMessage, "chaincodeMessage");
        Matcher matcher = REFUSAL.matcher(chaincodeMessage);
        Reason reason = Reason.UNRECOGNISED_REFUSAL;
        if (matcher.matches() && isChaincodeCode(matcher.group(1))) {
            reason = Reason.valueOf(matcher.group(1));
        }
        return new LedgerException(reason, false, transactionId, chaincodeMessage, cause);
    }

    /** Why the call failed. */
    public Reason reason() {
        return reason;
    }

    /** Whether trying the same call again may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** The transaction concerned, when one was created. */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }

    /** For a contract refusal that names one entry of a batch ({@code "batch entry 7"}), that entry's index. */
    public OptionalInt batchEntry() {
        return batchEntry < 0 ? OptionalInt.empty() : OptionalInt.of(batchEntry);
    }

    private static boolean isChaincodeCode(String name) {
        for (Reason candidate : Reason.values()) {
            if (candidate.isChaincodeCode() && candidate.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int batchEntryOf(Reason reason, String message) {
        if (!reason.isChaincodeCode()) {
            return -1;
        }
        Matcher matcher = BATCH_ENTRY.matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
