package io.zhengku.verifier.verdict;

import static java.util.Objects.requireNonNull;

import io.zhengku.proof.CheckResult;

/**
 * The outcome of one named check (INTEGRITY, STATUS or ISSUER).
 *
 * @param result VALID, INVALID or SKIPPED
 * @param reason the stable code that clients and pages act on, e.g. {@link Reason#CONTENT_MATCHES},
 *               {@link Reason#REVOKED}, {@link Reason#BAD_SIGNATURE}
 * @param detail what it means, in words; never personal data
 */
public record Finding(CheckResult result, Reason reason, String detail) {

    public Finding {
        requireNonNull(result, "result");
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }

    static Finding valid(Reason reason, String detail) {
        return new Finding(CheckResult.VALID, reason, detail);
    }

    static Finding invalid(Reason reason, String detail) {
        return new Finding(CheckResult.INVALID, reason, detail);
    }

    static Finding skipped(Reason reason, String detail) {
        return new Finding(CheckResult.SKIPPED, reason, detail);
    }

    boolean failed() {
        return result == CheckResult.INVALID;
    }
}
