package io.zhengku.signing.cms;

import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealSignatures;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies CMS signer infos through {@link SealSignatures}, so SM2 gets the GM/T user ID and nothing but the
 * seal's own algorithm is accepted. The signed attributes it sees are small, so they are buffered.
 */
final class SealContentVerifiers implements ContentVerifierProvider {

    private final PublicKey key;
    private final SealAlgorithm algorithm;

    SealContentVerifiers(PublicKey key, SealAlgorithm algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    /** Validity is judged by {@code TrustAnchors}, with reason codes, so Bouncy Castle gets no certificate. */
    @Override
    public boolean hasAssociatedCertificate() {
        return false;
    }

    @Override
    public X509CertificateHolder getAssociatedCertificate() {
        return null;
    }

    @Override
    public ContentVerifier get(AlgorithmIdentifier signatureAlgorithm) throws OperatorCreationException {
        if (!algorithm.signatureOid().equals(signatureAlgorithm.getAlgorithm())) {
            throw new OperatorCreationException("signature algorithm " + signatureAlgorithm.getAlgorithm()
                    + " does not match the " + algorithm.code() + " key");
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        return new ContentVerifier() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return signatureAlgorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return signed;
            }

            @Override
            public boolean verify(byte[] signature) {
                try {
                    SealSignatures.verify(algorithm, key, signed.toByteArray(), signature);
                    return true;
                } catch (VerificationException rejected) {
                    return false;
                }
            }
        };
    }
}
