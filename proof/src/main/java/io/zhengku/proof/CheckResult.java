package io.zhengku.proof;

/** The outcome of one check: passed, failed, or not made because its input was not given. */
public enum CheckResult {
    VALID,
    INVALID,
    SKIPPED
}
