package io.zhengku.signing.pki;

import static io.zhengku.signing.RejectionReason.CERTIFICATE_NOT_YET_VALID;
import static io.zhengku.signing.RejectionReason.EXPIRED_CERTIFICATE;
import static io.zhengku.signing.RejectionReason.MALFORMED;
import static io.zhengku.signing.RejectionReason.UNKNOWN_KEY;
import static io.zhengku.signing.RejectionReason.WRONG_ALGORITHM;
import static io.zhengku.signing.RejectionReason.WRONG_KEY_USAGE;

import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealSignatures;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The root certificates a verifier trusts (信任锚), and the check that a seal certificate was issued by one of
 * them and was usable at a given time. Chains are one level deep: the development PKI issues seals directly
 * from the region roots.
 *
 * <pre>{@code
 * TrustAnchors anchors = TrustAnchors.fromPem(Path.of("pki/shanghai-root.pem"));
 * anchors.validate(sealCertificate, signingTime);
 * }</pre>
 */
public final class TrustAnchors {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_CERT_SIGN = 5;

    private final List<X509Certificate> roots;

    private TrustAnchors(List<X509Certificate> roots) {
        this.roots = roots;
    }

    /** Trusts exactly these root certificates. */
    public static TrustAnchors of(Collection<X509Certificate> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("a verifier needs at least one trusted root certificate");
        }
        return new TrustAnchors(List.copyOf(roots));
    }

    /** Trusts every certificate in a PEM file. */
    public static TrustAnchors fromPem(Path file) throws IOException {
        return of(Certificates.readPem(file));
    }

    /** The trusted root certificates. */
    public List<X509Certificate> roots() {
        return roots;
    }

    /**
     * Checks that {@code certificate} is a signing certificate issued by a trusted root, and that both were
     * valid at {@code at}.
     *
     * @return the root that issued it
     * @throws VerificationException {@code UNKNOWN_KEY}, {@code WRONG_ALGORITHM}, {@code EXPIRED_CERTIFICATE},
     *     {@code CERTIFICATE_NOT_YET_VALID} or {@code WRONG_KEY_USAGE}
     */
    public X509Certificate validate(X509Certificate certificate, Instant at) throws VerificationException {
        X509Certificate root = issuerOf(certificate).orElseThrow(() -> new VerificationException(UNKNOWN_KEY,
                "the certificate of " + certificate.getSubjectX500Principal() + " was not issued by a trusted root"));
        checkValidity(certificate, at);
        checkValidity(root, at);
        checkUsage(certificate, root);
        return root;
    }

    private Optional<X509Certificate> issuerOf(X509Certificate certificate) throws VerificationException {
        SealAlgorithm algorithm = SealAlgorithm.bySignatureOid(
                new ASN1ObjectIdentifier(certificate.getSigAlgOID())).orElseThrow(
                () -> new VerificationException(WRONG_ALGORITHM, "the certificate of "
                        + certificate.getSubjectX500Principal() + " is signed with " + certificate.getSigAlgName()
                        + ", which is neither SM2 with SM3 nor ECDSA with SHA-256"));
        byte[] tbs = tbs(certificate);
        for (X509Certificate root : roots) {
            if (root.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && signedBy(algorithm, root, tbs, certificate.getSignature())) {
                return Optional.of(root);
            }
        }
        return Optional.empty();
    }

    private static boolean signedBy(SealAlgorithm algorithm, X509Certificate root, byte[] tbs, byte[] signature) {
        try {
            SealSignatures.verify(algorithm, root.getPublicKey(), tbs, signature);
            return true;
        } catch (VerificationException notThisRoot) {
            return false;
        }
    }

    private static byte[] tbs(X509Certificate certificate) throws VerificationException {
        try {
            return certificate.getTBSCertificate();
        } catch (CertificateEncodingException e) {
            throw new VerificationException(MALFORMED, "the signer's certificate cannot be re-encoded", e);
        }
    }

    private static void checkValidity(X509Certificate certificate, Instant at) throws VerificationException {
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            throw new VerificationException(CERTIFICATE_NOT_YET_VALID, "the certificate of "
                    + certificate.getSubjectX500Principal() + " is valid only from " + certificate.getNotBefore());
        }
        if (at.isAfter(certificate.getNotAfter().toInstant())) {
            throw new VerificationException(EXPIRED_CERTIFICATE, "the certificate of "
                    + certificate.getSubjectX500Principal() + " expired at " + certificate.getNotAfter());
        }
    }

    private static void checkUsage(X509Certificate certificate, X509Certificate root) throws VerificationException {
        boolean[] usage = certificate.getKeyUsage();
        if (certificate.getBasicConstraints() >= 0 || usage == null
                || !(usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION])) {
            throw new VerificationException(WRONG_KEY_USAGE, "the certificate of "
                    + certificate.getSubjectX500Principal() + " is not a signing (seal) certificate");
        }
        boolean[] rootUsage = root.getKeyUsage();
        if (root.getBasicConstraints() < 0 || rootUsage == null || !rootUsage[KEY_CERT_SIGN]) {
            throw new VerificationException(WRONG_KEY_USAGE,
                    "the trusted certificate " + root.getSubjectX500Principal() + " is not a CA certificate");
        }
    }
}
