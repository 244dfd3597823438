package io.zhengku.signing.ses;

import static io.zhengku.signing.RejectionReason.DIGEST_MISMATCH;
import static io.zhengku.signing.RejectionReason.MALFORMED;
import static io.zhengku.signing.RejectionReason.SEAL_NOT_IN_FORCE;
import static io.zhengku.signing.RejectionReason.TOO_LARGE;
import static io.zhengku.signing.RejectionReason.UNKNOWN_KEY;
import static io.zhengku.signing.RejectionReason.WRONG_ALGORITHM;
import static java.util.Objects.requireNonNull;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.digest.StreamingDigest;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealSignatures;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Verifies a GB/T 38540 {@code SES_Signature} (v4) over a document: the signer's SM2 signature over
 * {@code TBS_Sign}, the maker's over {@code SES_SealInfo}, that the seal lists the signer and was in force at
 * {@code timeInfo}, that both certificates chain to trusted roots, and that {@code dataHash} is the document's
 * SM3 digest. Input must be DER exactly.
 *
 * <pre>{@code
 * VerifiedSesSignature ok = new SesVerifier(anchors, Clock.systemUTC()).verify(Path.of("licence.ofd"), der);
 * }</pre>
 */
public final class SesVerifier {

    /** Largest signature accepted: the seal picture dominates, and 1 MiB is far beyond a real one. */
    public static final int MAX_SIGNATURE_BYTES = 1024 * 1024;

    private final TrustAnchors anchors;
    private final Clock clock;

    public SesVerifier(TrustAnchors anchors, Clock clock) {
        this.anchors = requireNonNull(anchors, "anchors");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Verifies a signature over the content of {@code document}, hashed in constant memory. */
    public VerifiedSesSignature verify(Path document, byte[] signature) throws VerificationException, IOException {
        return verify(StreamingDigest.of(DigestAlgorithm.SM3, document), signature);
    }

    /**
     * Verifies a signature over a document known by its SM3 digest.
     *
     * @throws VerificationException with the reason the signature is not valid
     */
    public VerifiedSesSignature verify(Digest documentSm3, byte[] der) throws VerificationException {
        if (documentSm3.algorithm() != DigestAlgorithm.SM3) {
            throw new IllegalArgumentException("GB/T 38540 seals an SM3 digest, not " + documentSm3.algorithm());
        }
        if (der.length > MAX_SIGNATURE_BYTES) {
            throw new VerificationException(TOO_LARGE, "an SES_Signature is at most " + MAX_SIGNATURE_BYTES + " bytes");
        }
        SesSignature signature = parse(der);
        TbsSign tbs = signature.toSign();
        SesSealInfo seal = tbs.seal().sealInfo();
        X509Certificate signer = checkSigned(signature.signature(), tbs, "signer");
        X509Certificate maker = checkSigned(tbs.seal().makerSignature(), seal, "seal maker");
        if (!seal.property().lists(signature.signature().certificate())) {
            throw new VerificationException(UNKNOWN_KEY, "seal " + seal.esId() + " does not list the signer");
        }
        checkInForce(seal, tbs.timeInfo());
        anchors.validate(maker, seal.property().createDate());
        anchors.validate(signer, tbs.timeInfo());
        anchors.validate(signer, clock.instant());
        if (!MessageDigest.isEqual(tbs.dataHash(), documentSm3.bytes())) {
            throw new VerificationException(DIGEST_MISMATCH, "the document is not the one that was sealed");
        }
        return new VerifiedSesSignature(seal.esId(), seal.property().name(), signer, maker, tbs.timeInfo());
    }

    private static SesSignature parse(byte[] der) throws VerificationException {
        try {
            SesSignature signature = SesSignature.getInstance(ASN1Primitive.fromByteArray(der));
            if (!Arrays.equals(signature.getEncoded(ASN1Encoding.DER), der)) {
                throw new VerificationException(MALFORMED, "the SES_Signature is not in DER");
            }
            return signature;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new VerificationException(MALFORMED, "not a GB/T 38540 v4 SES_Signature: " + e.getMessage(), e);
        }
    }

    private static X509Certificate checkSigned(SignatureBlock block, ASN1Object content, String role)
            throws VerificationException {
        if (SealAlgorithm.bySignatureOid(block.algorithm()).orElse(null) != SealAlgorithm.SM2_SM3) {
            throw new VerificationException(WRONG_ALGORITHM, "the " + role + " signed with " + block.algorithm()
                    + "; GB/T 38540 requires SM2 with SM3");
        }
        X509Certificate certificate;
        try {
            certificate = Certificates.parse(block.certificate());
        } catch (CertificateException e) {
            throw new VerificationException(MALFORMED, "the " + role + "'s certificate does not parse", e);
        }
        try {
            SealSignatures.verify(SealAlgorithm.SM2_SM3, certificate.getPublicKey(),
                    content.getEncoded(ASN1Encoding.DER), block.value());
        } catch (IOException e) {
            throw new VerificationException(MALFORMED, "the " + role + "'s signed content cannot be encoded", e);
        }
        return certificate;
    }

    private static void checkInForce(SesSealInfo seal, Instant signedAt) throws VerificationException {
        if (signedAt.isBefore(seal.property().validStart()) || signedAt.isAfter(seal.property().validEnd())) {
            throw new VerificationException(SEAL_NOT_IN_FORCE, "seal " + seal.esId() + " is in force from "
                    + seal.property().validStart() + " to " + seal.property().validEnd() + ", not at " + signedAt);
        }
    }
}
