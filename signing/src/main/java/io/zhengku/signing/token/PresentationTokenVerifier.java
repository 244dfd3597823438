package io.zhengku.signing.token;

import static io.zhengku.signing.RejectionReason.EXPIRED_TOKEN;
import static io.zhengku.signing.RejectionReason.REPLAYED;
import static io.zhengku.signing.RejectionReason.TOKEN_NOT_YET_VALID;
import static io.zhengku.signing.RejectionReason.TOO_LARGE;
import static io.zhengku.signing.RejectionReason.UNKNOWN_KEY;
import static io.zhengku.signing.RejectionReason.WRONG_AUDIENCE;
import static java.util.Objects.requireNonNull;

import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealSignatures;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Verifies presentation tokens read from a QR code: size, syntax, algorithm allow-list, issuer key, signature,
 * issued-at and expiry against an injected clock, audience, and one-time use, in that order, so nothing but
 * the signature check runs on claims that are not signed.
 *
 * <p>A token is at most {@value #MAX_TOKEN_CHARS} characters, so it fits one byte-mode QR code at
 * error-correction level M (version 40-M holds 2,331 bytes) with a margin. Most of a token is the salted
 * digests of the hidden fields, which let the verifier recompute the anchored metadata commitment: a
 * business licence with 14 fields, three of them disclosed, makes a token of about 1,600 characters (a
 * version-33 symbol).
 *
 * <pre>{@code
 * PresentationTokenVerifier verifier = new PresentationTokenVerifier(keys, new InMemoryOneTimeIds(clock), clock);
 * PresentationToken shown = verifier.verify(qrText, "bank-of-shanghai");
 * }</pre>
 */
public final class PresentationTokenVerifier {

    /** Most characters of token text accepted. */
    public static final int MAX_TOKEN_CHARS = 2000;
    /** Tolerated difference between the issuer's clock and ours. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final IssuerKeys keys;
    private final OneTimeIds oneTimeIds;
    private final Clock clock;

    public PresentationTokenVerifier(IssuerKeys keys, OneTimeIds oneTimeIds, Clock clock) {
        this.keys = requireNonNull(keys, "keys");
        this.oneTimeIds = requireNonNull(oneTimeIds, "oneTimeIds");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * The token's claims, checked for size and syntax only, for a verifier that must know which licence a token
     * names to fetch the key it is checked with, in the same read as the licence. Nothing in them is to be
     * trusted until {@link #verify(String, Set)} has returned.
     */
    public static PresentationToken readUnverified(String text) throws VerificationException {
        requireSize(text);
        return TokenCodec.decode(text).token();
    }

    /** Verifies a token presented to a relying party that has no audience name: bound tokens are refused. */
    public PresentationToken verify(String token) throws VerificationException {
        return verify(token, Set.of());
    }

    /** Verifies a token presented to the relying party named {@code audience}. */
    public PresentationToken verify(String token, String audience) throws VerificationException {
        return verify(token, Set.of(audience));
    }

    /**
     * Verifies a token presented to a relying party known by several names, such as a verifier's own name and
     * its region's: a bound token is accepted when its audience is one of them.
     */
    public PresentationToken verify(String text, Set<String> names) throws VerificationException {
        requireSize(text);
        TokenCodec.Decoded decoded = TokenCodec.decode(text);
        PresentationToken token = decoded.token();
        PublicKey key = keys.find(token.keyId()).orElseThrow(() -> new VerificationException(UNKNOWN_KEY,
                "no issuer has key '" + token.keyId() + "'"));
        SealSignatures.verify(decoded.algorithm().sealAlgorithm(), key, decoded.signingInput(),
                decoded.derSignature());
        checkTimes(token, clock.instant());
        if (token.audience().isPresent() && !names.contains(token.audience().get())) {
            throw new VerificationException(WRONG_AUDIENCE, "the token was issued for another relying party");
        }
        if (!oneTimeIds.firstUse(token.tokenId(), token.expiresAt())) {
            throw new VerificationException(REPLAYED, "the token has been presented before; ask for a fresh QR code");
        }
        return token;
    }

    private static void requireSize(String text) throws VerificationException {
        if (text.length() > MAX_TOKEN_CHARS) {
            throw new VerificationException(TOO_LARGE, "a token is at most " + MAX_TOKEN_CHARS + " characters");
        }
    }

    private static void checkTimes(PresentationToken token, Instant now) throws VerificationException {
        if (now.isAfter(token.expiresAt().plus(CLOCK_SKEW))) {
            throw new VerificationException(EXPIRED_TOKEN, "the token expired at " + token.expiresAt()
                    + "; ask the holder for a fresh QR code");
        }
        if (token.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new VerificationException(TOKEN_NOT_YET_VALID, "the token claims to be issued at "
                    + token.issuedAt() + ", in the future; check the clocks");
        }
    }
}
