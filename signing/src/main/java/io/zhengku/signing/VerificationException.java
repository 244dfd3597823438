package io.zhengku.signing;

import static java.util.Objects.requireNonNull;

/**
 * A verification that failed, with a {@link RejectionReason} to act on and a message for people that says
 * what was wrong.
 *
 * <p>Every {@code verify} in this module throws this instead of returning a boolean, so a failed check can
 * not be ignored by accident.
 *
 * <pre>{@code
 * try {
 *     verifier.verify(document, signature);
 * } catch (VerificationException e) {
 *     log.warn("seal rejected: {}", e.reason());
 * }
 * }</pre>
 */
public final class VerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public VerificationException(RejectionReason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    public VerificationException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    /** The stable code of this rejection. */
    public RejectionReason reason() {
        return reason;
    }
}
