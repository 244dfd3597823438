package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * An electronic signature (电子签章) that passed verification.
 *
 * @param esId the seal's identifier
 * @param sealName the seal's name
 * @param signer the certificate that signed the document
 * @param maker the certificate of the seal maker
 * @param signedAt the signature's {@code timeInfo}
 */
public record VerifiedSesSignature(String esId, String sealName, X509Certificate signer, X509Certificate maker,
                                   Instant signedAt) {

    public VerifiedSesSignature {
        requireNonNull(esId, "esId");
        requireNonNull(sealName, "sealName");
        requireNonNull(signer, "signer");
        requireNonNull(maker, "maker");
        requireNonNull(signedAt, "signedAt");
    }
}
