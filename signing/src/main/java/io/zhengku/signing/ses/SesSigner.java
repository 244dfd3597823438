package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.signing.digest.StreamingDigest;
import io.zhengku.signing.key.SealCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;

/**
 * Applies an electronic seal to a document (电子签章): builds {@code TBS_Sign} over the document's SM3 digest
 * and signs its DER with the signer's SM2 key, giving a GB/T 38540 {@link SesSignature}.
 *
 * <pre>{@code
 * SesSigner signer = new SesSigner(sealHolder, seal, Clock.systemUTC());
 * byte[] der = signer.sign(Path.of("licence.ofd"), "/Doc_0/Signs/Sign_0/Signature.xml").getEncoded();
 * }</pre>
 */
public final class SesSigner {

    private final SealCredential signer;
    private final SesSeal seal;
    private final Clock clock;

    /**
     * @throws IllegalArgumentException if the seal does not list the signer's certificate
     */
    public SesSigner(SealCredential signer, SesSeal seal, Clock clock) {
        this.signer = requireNonNull(signer, "signer");
        this.seal = requireNonNull(seal, "seal");
        this.clock = requireNonNull(clock, "clock");
        if (!seal.sealInfo().property().lists(encoded(signer))) {
            throw new IllegalArgumentException("seal " + seal.sealInfo().esId() + " does not list the certificate of "
                    + signer.certificate().getSubjectX500Principal());
        }
    }

    /** Seals the content of {@code document}, hashed with SM3 in constant memory. */
    public SesSignature sign(Path document, String propertyInfo) throws IOException {
        return sign(StreamingDigest.of(DigestAlgorithm.SM3, document), propertyInfo);
    }

    /**
     * Seals a document known by its SM3 digest.
     *
     * @param propertyInfo ASCII description of what is sealed, such as the signature's path inside an OFD
     */
    public SesSignature sign(Digest documentSm3, String propertyInfo) {
        if (documentSm3.algorithm() != DigestAlgorithm.SM3) {
            throw new IllegalArgumentException("GB/T 38540 seals an SM3 digest, not " + documentSm3.algorithm());
        }
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(propertyInfo)) {
            throw new IllegalArgumentException("propertyInfo must be ASCII (IA5String)");
        }
        TbsSign tbs = new TbsSign(seal, clock.instant(), documentSm3.bytes(), propertyInfo, null);
        return new SesSignature(tbs, SignatureBlock.sign(signer, tbs), null);
    }

    private static byte[] encoded(SealCredential credential) {
        try {
            return credential.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the signer's certificate", e);
        }
    }
}
