package io.zhengku.verifier.service;

import io.zhengku.verifier.verdict.Verification;
import java.util.Objects;
import java.util.Optional;

/**
 * A verification and how current the ledger state it was judged on was ({@link Freshness}); empty for a token
 * refused on its own (malformed, expired, replayed...), which read nothing or nothing that mattered.
 *
 * @param verification the verdict and its checks
 * @param ledger how current the ledger state read was
 */
public record Verified(Verification verification, Optional<Freshness> ledger) {

    public Verified {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(ledger, "ledger");
    }
}
