package io.zhengku.ledger;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;

/** Materials of Shanghai's and Zhejiang's market bureaus, for the tests. */
final class Samples {

    static final String SH_MARKET = "113100000024178544";
    static final String ZJ_MARKET = "11330000002482293D";
    static final String APPLICATION_FORM = "21100000000000000M001";
    static final String SEAL = "487bcf1d348d9a8b1056aeeea7896f8246f7a3a2472f553982df9ac0b445a248";
    static final String SIGNATURE = "MEUCIQDx3p4m7pJz0l9c8a2h1ZyMQvZ3kq5W8nG7rT2sL0bY4QIgB2m9c4N7x1pQe6sV8aH3kL5tR0wZ2yU7iO9jF1dG3hA=";

    private Samples() {
    }

    /** A document digest: {@code n} as 64 lowercase hex digits. */
    static String sha(int n) {
        return String.format("%064x", n);
    }

    /** Shanghai's application form number {@code n}, with digest {@code sha(n)}. */
    static AnchorEntry material(int n) {
        return material(n, SH_MARKET, "A" + n);
    }

    /** A material of {@code issuer} with digest {@code sha(n)} under its serial. */
    static AnchorEntry material(int n, String issuer, String serial) {
        return new AnchorEntry(sha(n), null, "M." + issuer + "." + serial, DocumentKind.MATERIAL, APPLICATION_FORM,
                issuer, "2026-11-02", null, sha(0xdef), SEAL, SIGNATURE);
    }
}
