package io.zhengku.proof;

import java.util.Objects;

/**
 * One check of a proof bundle.
 *
 * @param name   what was checked: {@code format}, {@code seal}, {@code inclusion}, {@code root}, {@code file}, {@code cms}
 * @param result its outcome
 * @param reason a stable code when INVALID or SKIPPED (e.g. {@code BAD_SIGNATURE}, {@code NOT_GIVEN}); null when VALID
 * @param detail what it means, in words
 */
public record Check(String name, CheckResult result, String reason, String detail) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
    }

    static Check valid(String name, String detail) {
        return new Check(name, CheckResult.VALID, null, detail);
    }

    static Check invalid(String name, String reason, String detail) {
        return new Check(name, CheckResult.INVALID, reason, detail);
    }

    static Check skipped(String name, String detail) {
        return new Check(name, CheckResult.SKIPPED, "NOT_GIVEN", detail);
    }
}
