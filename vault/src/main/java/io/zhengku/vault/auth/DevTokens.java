package io.zhengku.vault.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Mints development bearer tokens the vault accepts: HS256 over the shared secret, with {@code sub} (the
 * caller's code), {@code roles} (one role), {@code region}, {@code iat} and {@code exp}.
 *
 * <pre>{@code String token = new DevTokens(secret, Clock.systemUTC()).mint(Role.DEPARTMENT, "113101010024795883", "shanghai");}</pre>
 */
public final class DevTokens {

    /** How long a development token lives: a working day. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private final byte[] secret;
    private final Clock clock;

    public DevTokens(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String mint(Role role, String code, String region) {
        return mint(role, code, region, LIFETIME);
    }

    public String mint(Role role, String code, String region, Duration lifetime) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(code)
                .claim("roles", List.of(role.claim()))
                .claim(Caller.REGION_CLAIM, region)
                .issuer("zhengku-dev")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a development token: " + e.getMessage(), e);
        }
    }
}
