package io.zhengku.signing.key;

import static java.util.Objects.requireNonNull;

import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * A seal's signing key together with the certificate that binds its public key to a department.
 *
 * <pre>{@code SealCredential seal = Pkcs12Keystore.load(p12, password);}</pre>
 *
 * @param signer the key, which never exposes its private half
 * @param certificate the seal certificate; its public key must be the signer's
 */
public record SealCredential(Signer signer, X509Certificate certificate) {

    public SealCredential {
        requireNonNull(signer, "signer");
        requireNonNull(certificate, "certificate");
        if (!Arrays.equals(signer.publicKey().getEncoded(), certificate.getPublicKey().getEncoded())) {
            throw new IllegalArgumentException("the certificate of " + certificate.getSubjectX500Principal()
                    + " does not belong to this signing key");
        }
    }

    /** The algorithm the key signs with. */
    public SealAlgorithm algorithm() {
        return signer.algorithm();
    }

    @Override
    public String toString() {
        return "SealCredential[" + algorithm().code() + ", " + certificate.getSubjectX500Principal() + "]";
    }
}
