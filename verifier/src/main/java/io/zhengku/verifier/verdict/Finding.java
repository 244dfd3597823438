package io.zhengku.verifier.verdict;

import static java.util.Objects.requireNonNull;

import io.zhengku.proof.CheckResult;

/**
 * The outcome of one named check (INTEGRITY, STATUS or ISSUER).
 *
 * @param result VALID, INVALID or SKIPPED
 * @param reason a stable upper-case code that clients and pages act on, e.g. {@code CONTENT_MATCHES},
 *               {@code REVOKED}, {@code BAD_SIGNATURE}
 * @param detail what it means, in words; never personal data
 */
public record Finding(CheckResult result, String reason, String detail) {

    public Finding {
        requireNonNull(result, "result");
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }

    static Finding valid(String reason, String detail) {
        return new Finding(CheckResult.VALID, reason, detail);
    }

    static Finding invalid(String reason, String detail) {
        return new Finding(CheckResult.INVALID, reason, detail);
    }

    static Finding skipped(String reason, String detail) {
        return new Finding(CheckResult.SKIPPED, reason, detail);
    }

    boolean failed() {
        return result == CheckResult.INVALID;
    }
}
