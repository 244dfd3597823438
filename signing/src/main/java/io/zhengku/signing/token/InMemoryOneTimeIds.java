package io.zhengku.signing.token;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link OneTimeIds} for one verifier process. Ids are forgotten once their token has expired, so memory is
 * bounded by the tokens presented within {@link PresentationToken#MAX_LIFETIME}. Verifiers behind a load
 * balancer need a shared store instead.
 *
 * <pre>{@code new PresentationTokenVerifier(keys, new InMemoryOneTimeIds(clock), clock)}</pre>
 */
public final class InMemoryOneTimeIds implements OneTimeIds {

    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryOneTimeIds(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public boolean firstUse(String tokenId, Instant expiresAt) {
        Instant now = clock.instant();
        seen.values().removeIf(expiry -> expiry.isBefore(now));
        return seen.putIfAbsent(tokenId, expiresAt) == null;
    }
}
