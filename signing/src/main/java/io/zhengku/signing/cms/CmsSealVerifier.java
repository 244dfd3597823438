package io.zhengku.signing.cms;

import static io.zhengku.signing.RejectionReason.BAD_SIGNATURE;
import static io.zhengku.signing.RejectionReason.DIGEST_MISMATCH;
import static io.zhengku.signing.RejectionReason.MALFORMED;
import static io.zhengku.signing.RejectionReason.TOO_LARGE;
import static io.zhengku.signing.RejectionReason.UNKNOWN_KEY;
import static io.zhengku.signing.RejectionReason.WRONG_ALGORITHM;
import static java.util.Objects.requireNonNull;

import io.zhengku.signing.VerificationException;
import io.zhengku.signing.digest.DigestOids;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSProcessableFile;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * Verifies a detached CMS seal over a document against trusted roots. Certificates are judged at the clock's
 * instant and at the signed signing time; to judge a seal at its anchoring time, pass a clock fixed there.
 *
 * <pre>{@code
 * CmsSealVerifier verifier = new CmsSealVerifier(TrustAnchors.fromPem(rootPem), Clock.systemUTC());
 * VerifiedSeal seal = verifier.verify(Path.of("licence.pdf"), signatureBytes);
 * }</pre>
 */
public final class CmsSealVerifier {

    /** Largest signature accepted: a seal with its certificate is about one kilobyte. */
    public static final int MAX_SIGNATURE_BYTES = 64 * 1024;

    private final TrustAnchors anchors;
    private final Clock clock;

    public CmsSealVerifier(TrustAnchors anchors, Clock clock) {
        this.anchors = requireNonNull(anchors, "anchors");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Verifies {@code signature} over the content of {@code document}, read in constant memory.
     *
     * @throws VerificationException with the reason the seal is not valid
     * @throws IOException if the document cannot be read
     */
    public VerifiedSeal verify(Path document, byte[] signature) throws VerificationException, IOException {
        return verify(new CMSProcessableFile(document.toFile()), signature);
    }

    /** Verifies {@code signature} over {@code document}. */
    public VerifiedSeal verify(byte[] document, byte[] signature) throws VerificationException {
        try {
            return verify(new CMSProcessableByteArray(document), signature);
        } catch (IOException e) {
            throw new IllegalStateException("reading an array failed", e);
        }
    }

    private VerifiedSeal verify(CMSTypedData content, byte[] signature) throws VerificationException, IOException {
        if (signature.length > MAX_SIGNATURE_BYTES) {
            throw new VerificationException(TOO_LARGE, "a CMS seal is at most " + MAX_SIGNATURE_BYTES + " bytes");
        }
        Parts parts = read(content, signature);
        anchors.validate(parts.certificate(), clock.instant());
        if (parts.signingTime().isPresent()) {
            anchors.validate(parts.certificate(), parts.signingTime().get());
        }
        checkSignature(parts.signer(), parts.certificate(), parts.algorithm());
        return new VerifiedSeal(parts.certificate(), parts.algorithm(), parts.signingTime());
    }

    /**
     * Reads every part of the SignedData the checks need. Bouncy Castle parses a SignedData lazily and reports
     * damage it meets on the way with unchecked exceptions, so all reading happens here, where any such
     * exception means the signature is malformed.
     */
    private static Parts read(CMSTypedData content, byte[] signature) throws VerificationException {
        try {
            CMSSignedData signed = new CMSSignedData(content, signature);
            SignerInformation signer = onlySigner(signed);
            X509Certificate certificate = certificateOf(signed, signer);
            return new Parts(signer, certificate, algorithmOf(signer, certificate), signingTime(signer));
        } catch (CMSException | RuntimeException e) {
            throw new VerificationException(MALFORMED, "the signature is not a well-formed DER CMS SignedData", e);
        }
    }

    private record Parts(SignerInformation signer, X509Certificate certificate, SealAlgorithm algorithm,
                         Optional<Instant> signingTime) {
    }

    private static SignerInformation onlySigner(CMSSignedData signed) throws VerificationException {
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new VerificationException(MALFORMED, "a seal has exactly one signer, found " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        if (signer.getSignedAttributes() == null) {
            throw new VerificationException(MALFORMED, "the signer info has no signed attributes");
        }
        return signer;
    }

    private static X509Certificate certificateOf(CMSSignedData signed, SignerInformation signer)
            throws VerificationException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw new VerificationException(UNKNOWN_KEY, "the signature does not carry its signer's certificate");
        }
        try {
            return Certificates.parse(matches.iterator().next().getEncoded());
        } catch (CertificateException | IOException e) {
            throw new VerificationException(MALFORMED, "the signer's certificate does not parse", e);
        }
    }

    private static SealAlgorithm algorithmOf(SignerInformation signer, X509Certificate certificate)
            throws VerificationException {
        SealAlgorithm algorithm = SealAlgorithm.ofKey(certificate.getPublicKey()).orElseThrow(
                () -> new VerificationException(WRONG_ALGORITHM, "the signer's key is neither SM2 nor P-256"));
        ASN1ObjectIdentifier digest = new ASN1ObjectIdentifier(signer.getDigestAlgOID());
        ASN1ObjectIdentifier signature = new ASN1ObjectIdentifier(signer.getEncryptionAlgOID());
        // RFC 5753 lets ECDSA signer infos name the key type (id-ecPublicKey) instead of the signature.
        boolean signatureMatches = signature.equals(algorithm.signatureOid())
                || algorithm == SealAlgorithm.ECDSA_P256_SHA256 && signature.equals(X9ObjectIdentifiers.id_ecPublicKey);
        if (!digest.equals(DigestOids.oid(algorithm.digestAlgorithm())) || !signatureMatches) {
            throw new VerificationException(WRONG_ALGORITHM, "a " + algorithm.code() + " seal must be signed with "
                    + algorithm.jcaName() + ", not " + digest + " / " + signature);
        }
        return algorithm;
    }

    private static Optional<Instant> signingTime(SignerInformation signer) throws VerificationException {
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (IllegalArgumentException e) {
            throw new VerificationException(MALFORMED, "the signing-time attribute is not a time", e);
        }
    }

    private static void checkSignature(SignerInformation signer, X509Certificate certificate,
                                       SealAlgorithm algorithm) throws VerificationException, IOException {
        SignerInformationVerifier verifier = new SignerInformationVerifier(
                new DefaultCMSSignatureAlgorithmNameGenerator(), new DefaultSignatureAlgorithmIdentifierFinder(),
                new SealContentVerifiers(certificate.getPublicKey(), algorithm), new StreamingDigestCalculators());
        try {
            if (!signer.verify(verifier)) {
                throw new VerificationException(BAD_SIGNATURE, "the seal's signature does not verify");
            }
        } catch (CMSSignerDigestMismatchException e) {
            throw new VerificationException(DIGEST_MISMATCH, "the document is not the one that was sealed", e);
        } catch (CMSException e) {
            if (e.getCause() instanceof IOException unreadable) {
                throw unreadable;
            }
            throw new VerificationException(MALFORMED, "the signer info cannot be checked", e);
        } catch (RuntimeException e) {
            // Verifying re-reads the signed attributes, lazily, as read() did not need them all.
            throw new VerificationException(MALFORMED, "the signer info's signed attributes are malformed", e);
        }
    }
}
