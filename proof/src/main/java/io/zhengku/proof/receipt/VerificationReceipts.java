package io.zhengku.proof.receipt;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.key.SealSignatures;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Verification receipts (核验回执): what a verifier answered, signed with its own key, so that a relying party can
 * later show what was checked, when and by whom. A receipt is a JSON object
 * {@code {"payload": {...}, "signature": "<base64 DER>", "certificate": "<PEM>"}}; the signature covers the
 * payload's canonical JSON bytes, so any JSON tool may carry it. The payload holds codes, digests and times
 * only — never a disclosed field or anything else about the holder.
 *
 * <pre>{@code
 * Map<String, Object> receipt = VerificationReceipts.sign(payload, verifierKey);
 * Map<String, Object> checked = VerificationReceipts.verify(receiptJson, regionRoots, Instant.now());
 * }</pre>
 */
public final class VerificationReceipts {

    private static final Set<String> FIELDS = Set.of("payload", "signature", "certificate");

    private VerificationReceipts() {
    }

    /** Signs {@code payload} (values that canonical JSON encodes: strings, integers, maps, lists). */
    public static Map<String, Object> sign(Map<String, Object> payload, SealCredential key) {
        byte[] bytes = CanonicalJson.encode(requireNonNull(payload, "payload"));
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("payload", payload);
        receipt.put("signature", Base64.getEncoder().encodeToString(key.signer().sign(bytes)));
        try {
            receipt.put("certificate", Certificates.toPem(key.certificate()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the verifier's certificate cannot be encoded", e);
        }
        return receipt;
    }

    /**
     * Checks a receipt: its certificate chains to one of {@code roots} at the payload's {@code verifiedAt}, and
     * its signature covers the payload as it stands. Returns the payload.
     *
     * @throws VerificationException {@code MALFORMED} when it cannot be read, {@code UNKNOWN_KEY} when the
     *     certificate is not a trusted verifier's, {@code BAD_SIGNATURE} when the payload was changed
     */
    public static Map<?, ?> verify(byte[] receiptJson, TrustAnchors roots) throws VerificationException {
        X509Certificate certificate;
        Map<?, ?> payload;
        byte[] signature;
        Instant verifiedAt;
        try {
            Object parsed = CanonicalJson.parse(receiptJson);
            JsonObjectReader receipt = JsonObjectReader.of(parsed, "receipt").allowOnly(FIELDS);
            verifiedAt = Instant.parse(receipt.object("payload").string("verifiedAt"));
            payload = (Map<?, ?>) ((Map<?, ?>) parsed).get("payload");
            certificate = Certificates.fromPem(receipt.string("certificate"));
            signature = Base64.getDecoder().decode(receipt.string("signature"));
        } catch (RuntimeException | CertificateException e) {
            throw new VerificationException(RejectionReason.MALFORMED, "the receipt cannot be read: "
                    + e.getMessage(), e);
        }
        roots.validate(certificate, verifiedAt);
        SealAlgorithm algorithm = SealAlgorithm.ofKey(certificate.getPublicKey()).orElseThrow(() ->
                new VerificationException(RejectionReason.WRONG_ALGORITHM, "the verifier key is neither SM2 nor P-256"));
        SealSignatures.verify(algorithm, certificate.getPublicKey(), CanonicalJson.encode(payload), signature);
        return payload;
    }
}
