package io.zhengku.bench.signing;

import java.util.Locale;

/**
 * One row of the table: a primitive's rate in Java and in OpenSSL, and the target ratio from DESIGN.md
 * (0 where none is set).
 */
record Comparison(String name, String unit, double java, double openssl, double target) {

    static final String HEADER = String.format(Locale.ROOT, "%-20s %-6s %14s %14s %8s  %s",
            "primitive", "unit", "java", "openssl", "ratio", "target");

    /** Rates given in bytes per second, shown in MB/s (10^6 bytes, as openssl counts). */
    static Comparison megabytes(String name, double javaBytes, double opensslBytes, double target) {
        return new Comparison(name, "MB/s", javaBytes / 1e6, opensslBytes / 1e6, target);
    }

    static Comparison operations(String name, double java, double openssl, double target) {
        return new Comparison(name, "ops/s", java, openssl, target);
    }

    /** Java's rate as a multiple of OpenSSL's. */
    double ratio() {
        return java / openssl;
    }

    String line() {
        String verdict = target == 0 ? "-"
                : String.format(Locale.ROOT, ">= %.2fx %s", target, ratio() >= target ? "met" : "MISSED");
        return String.format(Locale.ROOT, "%-20s %-6s %14.1f %14.1f %7.2fx  %s", name, unit, java, openssl, ratio(),
                verdict);
    }
}
