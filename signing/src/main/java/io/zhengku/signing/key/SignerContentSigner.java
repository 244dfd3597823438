package io.zhengku.signing.key;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * Lets Bouncy Castle's certificate and CMS builders sign through a {@link Signer}, so they never see a private
 * key. The bytes they sign are small (a TBSCertificate, CMS signed attributes), so they are buffered.
 *
 * <pre>{@code X509CertificateHolder cert = builder.build(new SignerContentSigner(rootSigner));}</pre>
 */
public final class SignerContentSigner implements ContentSigner {

    private final Signer signer;
    private final ByteArrayOutputStream toBeSigned = new ByteArrayOutputStream();

    public SignerContentSigner(Signer signer) {
        this.signer = requireNonNull(signer, "signer");
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return signer.algorithm().signatureAlgorithmIdentifier();
    }

    @Override
    public OutputStream getOutputStream() {
        return toBeSigned;
    }

    @Override
    public byte[] getSignature() {
        return signer.sign(toBeSigned.toByteArray());
    }
}
