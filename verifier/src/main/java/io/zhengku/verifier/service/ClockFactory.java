package io.zhengku.verifier.service;

import io.micronaut.context.annotation.Factory;
import io.zhengku.verifier.verdict.RememberedEntrySignatures;
import io.zhengku.verifier.verdict.VerificationRules;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock and the verification rules, as beans so that tests can fix the day. */
@Factory
class ClockFactory {

    /** Entries whose seal signature held; 100,000 cover a region's busy licences in about 30 MB. */
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
