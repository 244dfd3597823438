package io.zhengku.signing.cms;

import static java.util.Objects.requireNonNull;

import io.zhengku.signing.key.SealAlgorithm;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * A seal that passed verification: who sealed, with which algorithm, and when they say they did.
 *
 * @param certificate the seal certificate, issued by a trusted root
 * @param algorithm the algorithm of the signature
 * @param signingTime the signed signing-time attribute, if the signer included one
 */
public record VerifiedSeal(X509Certificate certificate, SealAlgorithm algorithm, Optional<Instant> signingTime) {

    public VerifiedSeal {
        requireNonNull(certificate, "certificate");
        requireNonNull(algorithm, "algorithm");
        requireNonNull(signingTime, "signingTime");
    }
}
