package io.zhengku.signing.token;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.core.metadata.MetadataCommitment.Committed;
import io.zhengku.signing.key.Signer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issues presentation tokens (亮证令牌) for the holder's QR code, signed by an issuer key.
 *
 * <pre>{@code
 * PresentationTokenIssuer issuer = new PresentationTokenIssuer(sealSigner, "sh-scjgj-sm2", clock, Duration.ofMinutes(2));
 * String qrText = issuer.issue(licenceId, digest, committedMetadata, Set.of("holderName", "validUntil"), Optional.empty());
 * }</pre>
 */
public final class PresentationTokenIssuer {

    private static final int TOKEN_ID_BYTES = 16;

    private final Signer signer;
    private final String keyId;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param lifetime how long each token is good for, at most {@link PresentationToken#MAX_LIFETIME}
     */
    public PresentationTokenIssuer(Signer signer, String keyId, Clock clock, Duration lifetime) {
        this.signer = requireNonNull(signer, "signer");
        this.keyId = requireNonNull(keyId, "keyId");
        this.clock = requireNonNull(clock, "clock");
        this.lifetime = requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(PresentationToken.MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("a token lifetime is more than zero and at most "
                    + PresentationToken.MAX_LIFETIME);
        }
    }

    /**
     * A signed token showing {@code licence} with the fields named in {@code disclose} opened and the digests
     * of all its other fields, taken from the commitment the vault made when the licence was anchored.
     *
     * @throws IllegalArgumentException if the token would exceed
     *     {@link PresentationTokenVerifier#MAX_TOKEN_CHARS} (disclose fewer fields) or its claims are invalid
     */
    public String issue(LicenceId licence, Digest digest, Committed metadata, Set<String> disclose,
                        Optional<String> audience) {
        Instant now = clock.instant();
        List<FieldDisclosure> disclosures = disclose.stream().map(metadata::disclosure).toList();
        PresentationToken token = new PresentationToken(keyId, licence, digest, disclosures,
                metadata.hiddenDigests(disclose), now, now.plus(lifetime), newTokenId(), audience);
        String text = TokenCodec.encode(token, TokenAlgorithm.of(signer.algorithm()), signer);
        if (text.length() > PresentationTokenVerifier.MAX_TOKEN_CHARS) {
            throw new IllegalArgumentException("the token is " + text.length() + " characters, more than the "
                    + PresentationTokenVerifier.MAX_TOKEN_CHARS + " one QR code holds; disclose fewer fields");
        }
        return text;
    }

    private String newTokenId() {
        byte[] id = new byte[TOKEN_ID_BYTES];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
