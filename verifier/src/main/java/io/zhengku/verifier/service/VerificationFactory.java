package io.zhengku.verifier.service;

import io.micronaut.context.annotation.Factory;
import io.zhengku.verifier.verdict.RememberedEntrySignatures;
import io.zhengku.verifier.verdict.VerificationRules;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock and the verification rules, as beans so that tests can fix the day. */
@Factory
class VerificationFactory {

    /**
     * Entries whose seal signature held: a 129-character key each, roughly 250 bytes with its map entry (an
     * estimate, not measured), so about 25 MB at most.
     */
    private static final int REMEMBERED_SIGNATURES = 100_000;

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    VerificationRules rules(Clock clock) {
        return new VerificationRules(new RememberedEntrySignatures(REMEMBERED_SIGNATURES), clock);
    }
}
