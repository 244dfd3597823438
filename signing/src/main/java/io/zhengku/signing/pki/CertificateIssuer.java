package io.zhengku.signing.pki;

import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.key.Signer;
import io.zhengku.signing.key.SignerContentSigner;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * Issues the certificates of the development PKI: self-signed region roots and department seal certificates,
 * signing through a {@link Signer} so the issuing key could sit in an HSM.
 *
 * <p>Seal certificates carry key usage {@code digitalSignature, nonRepudiation} and no extended key usage:
 * OpenSSL's S/MIME purpose check then accepts them for {@code openssl cms -verify}.
 *
 * <pre>{@code X509Certificate root = CertificateIssuer.root(rootKey, name, Instant.now(), Duration.ofDays(7300));}</pre>
 */
public final class CertificateIssuer {

    private static final SecureRandom SERIALS = new SecureRandom();

    private CertificateIssuer() {
    }

    /** A self-signed root CA certificate (CA:true, keyCertSign and cRLSign). */
    public static X509Certificate root(Signer key, X500Name subject, Instant notBefore, Duration validity) {
        X509v3CertificateBuilder builder = builder(subject, subject, key.publicKey(), notBefore, validity);
        try {
            JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    ids.createSubjectKeyIdentifier(key.publicKey()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the extensions of " + subject, e);
        }
        return sign(builder, key);
    }

    /**
     * A certificate for a signing key (an electronic seal, a seal maker), issued by {@code issuer}.
     *
     * <p>Its validity is cut to the issuer's, so no certificate outlives the one that vouches for it.
     */
    public static X509Certificate endEntity(SealCredential issuer, PublicKey subjectKey, X500Name subject,
                                            Instant notBefore, Duration validity) {
        Instant issuerEnd = issuer.certificate().getNotAfter().toInstant();
        Duration capped = validity.compareTo(Duration.between(notBefore, issuerEnd)) > 0
                ? Duration.between(notBefore, issuerEnd) : validity;
        X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = builder(issuerName, subject, subjectKey, notBefore, capped);
        try {
            JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    ids.createAuthorityKeyIdentifier(issuer.certificate()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the extensions of " + subject, e);
        }
        return sign(builder, issuer.signer());
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key,
                                                    Instant notBefore, Duration validity) {
        BigInteger serial = new BigInteger(127, SERIALS);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                Date.from(notBefore.plus(validity)), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, Signer signer) {
        try {
            return Certificates.parse(builder.build(new SignerContentSigner(signer)).getEncoded());
        } catch (CertificateException | java.io.IOException e) {
            throw new IllegalStateException("cannot encode a freshly signed certificate", e);
        }
    }
}
