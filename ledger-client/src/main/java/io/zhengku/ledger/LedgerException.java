package io.zhengku.ledger;

import io.zhengku.core.anchor.RefusalCode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a ledger (账本) call failed, as data: a {@link Reason} and, for a contract refusal, core's
 * {@link RefusalCode}; whether trying again may help ({@link #isTransient()}); the transaction when one was
 * created; and for a refused batch the entry the contract named. Adapters translate every SDK exception into
 * this one type; callers and tests tell failures apart by {@link #reason()} and {@link #refusalCode()}, never
 * by message text.
 *
 * <pre>{@code
 * catch (LedgerException e) {
 *     if (e.isTransient()) { retryLater(); }
 *     else if (e.isRefusedWith(RefusalCode.SEAL_RETIRED)) { askForAnotherSeal(); }
 *     else { reject(e.reason(), e.getMessage()); }
 * }
 * }</pre>
 */
public final class LedgerException extends Exception {

    /**
     * Why the call failed: the contract refused it ({@link #REFUSED}, with a {@link RefusalCode}), or the
     * transport or the client failed. The contract's codes are core's {@link RefusalCode}, not listed here.
     */
    public enum Reason {
        /** The {@code zhengku} contract refused the call; {@link LedgerException#refusalCode()} says why. */
        REFUSED(false),
        /** The contract refused with a message that starts with no code this client knows. */
        UNRECOGNISED_REFUSAL(false),
        /** A deadline passed: the outcome is unknown (a commit may still come, or may have been lost). */
        TIMEOUT(true),
        /** The peer or orderer could not be reached. */
        UNAVAILABLE(true),
        /** The transaction was invalidated by a concurrent write (MVCC or phantom read conflict). */
        MVCC_CONFLICT(true),
        /** Endorsement failed without a contract refusal, e.g. too few peers or differing results. */
        ENDORSEMENT_FAILURE(true),
        /** The transaction was committed with another validation code than VALID or a read conflict. */
        COMMIT_INVALID(false),
        /** The ledger answered with JSON this client cannot read. */
        MALFORMED_RESPONSE(false),
        /** The batcher was shut down before the document was accepted. */
        SHUT_DOWN(false),
        /** The adapter or the batcher failed in a way it does not expect; see the cause. */
        UNEXPECTED(false);

        private final boolean transientByDefault;

        Reason(boolean transientByDefault) {
            this.transientByDefault = transientByDefault;
        }

        /** Whether a failure for this reason is worth trying again unless the thrower says otherwise. */
        public boolean isTransientByDefault() {
            return transientByDefault;
        }
    }

    private static final Pattern REFUSAL = Pattern.compile("([A-Z_]+): .*", Pattern.DOTALL);
    private static final Pattern BATCH_ENTRY = Pattern.compile("\\bbatch entry (\\d{1,9})\\b");

    private final Reason reason;
    private final RefusalCode refusalCode;
    private final boolean transientFailure;
    private final String transactionId;
    private final int batchEntry;

    private LedgerException(Reason reason, RefusalCode refusalCode, boolean transientFailure, String transactionId,
                            String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.refusalCode = refusalCode;
        this.transientFailure = transientFailure;
        this.transactionId = transactionId;
        this.batchEntry = refusalCode == null ? -1 : batchEntryOf(message);
    }

    /**
     * A failure of the transport or the client with every field given. A contract refusal is made by
     * {@link #refusal} or {@link #LedgerException(RefusalCode, String)}, which carry its code.
     *
     * @param reason any reason but {@link Reason#REFUSED}
     * @param transientFailure whether trying the same call again may succeed
     * @param transactionId the transaction concerned, or {@code null} when none was created
     * @param message what was wrong and what to do
     * @param cause the SDK's exception, or {@code null}
     */
    public LedgerException(Reason reason, boolean transientFailure, String transactionId, String message,
                           Throwable cause) {
        this(requireNotRefused(reason), null, transientFailure, transactionId, message, cause);
    }

    /** A failure that is transient when its reason is by default, without a transaction or cause. */
    public LedgerException(Reason reason, String message) {
        this(reason, reason.isTransientByDefault(), null, message, null);
    }

    /**
     * A final refusal with a contract code that the client gives before asking the contract, because it
     * already knows the contract would refuse, e.g. {@code new LedgerException(RefusalCode.DUPLICATE_IN_BATCH,
     * "...")}.
     */
    public LedgerException(RefusalCode code, String message) {
        this(Reason.REFUSED, Objects.requireNonNull(code, "code"), false, null, message, null);
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
        RefusalCode code = matcher.matches() ? RefusalCode.named(matcher.group(1)).orElse(null) : null;
        Reason reason = code == null ? Reason.UNRECOGNISED_REFUSAL : Reason.REFUSED;
        return new LedgerException(reason, code, false, transactionId, chaincodeMessage, cause);
    }

    /**
     * A contract refusal as a peer returns it: the contract's code is the payload of its error response (so it
     * is read from there, never from the message, which a peer may reword), the message its explanation. An
     * unknown code gives {@link Reason#UNRECOGNISED_REFUSAL}.
     *
     * <p>{@code LedgerException.contractRefusal("NOT_FOUND", "NOT_FOUND: no document is anchored ...", null)}
     */
    public static LedgerException contractRefusal(String code, String message, String transactionId) {
        Objects.requireNonNull(code, "code");
        RefusalCode refusal = RefusalCode.named(code).orElse(null);
        Reason reason = refusal == null ? Reason.UNRECOGNISED_REFUSAL : Reason.REFUSED;
        return new LedgerException(reason, refusal, false, transactionId, Objects.requireNonNull(message, "message"), null);
    }

    /** Why the call failed. */
    public Reason reason() {
        return reason;
    }

    /** The contract's code when it refused the call ({@link Reason#REFUSED}); empty for any other failure. */
    public Optional<RefusalCode> refusalCode() {
        return Optional.ofNullable(refusalCode);
    }

    /** Whether the contract refused the call with {@code code}. */
    public boolean isRefusedWith(RefusalCode code) {
        return refusalCode == Objects.requireNonNull(code, "code");
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

    private static Reason requireNotRefused(Reason reason) {
        if (reason == Reason.REFUSED) {
            throw new IllegalArgumentException("a contract refusal carries its RefusalCode; use"
                    + " LedgerException.refusal(...) or new LedgerException(RefusalCode, message)");
        }
        return reason;
    }

    private static int batchEntryOf(String message) {
        Matcher matcher = BATCH_ENTRY.matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
