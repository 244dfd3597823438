package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.digest.Digest;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * What the ledger records of a seal certificate (印章证书), read from its PEM with Bouncy Castle's ASN.1
 * classes because the JDK's certificate factory cannot read SM2 keys.
 *
 * @param fingerprint SHA-256 of the certificate's DER, lowercase hex
 * @param algorithm SM2 or P-256, from the curve named in the SubjectPublicKeyInfo
 * @param pem the certificate re-encoded as PEM with 64-character lines, one spelling per certificate
 * @param notBefore start of the validity window
 * @param notAfter end of the validity window
 */
record SealCertificate(String fingerprint, SealAlgorithm algorithm, String pem, Instant notBefore, Instant notAfter) {

    static final int MAX_PEM_LENGTH = 16 * 1024;

    private static final Pattern PEM = Pattern.compile(
            "\\s*-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Reads exactly one DER-encoded X.509 certificate in PEM armour. */
    static SealCertificate fromPem(String pem) {
        byte[] der = derOf(pem);
        try {
            Certificate certificate = parse(der);
            return new SealCertificate(Digest.sha256Of(der).hex(),
                    algorithmOf(certificate.getSubjectPublicKeyInfo().getAlgorithm()), pemOf(der),
                    certificate.getStartDate().getDate().toInstant(), certificate.getEndDate().getDate().toInstant());
        } catch (ChaincodeException refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            // Bouncy Castle reads parts of a certificate lazily and reports damage with unchecked exceptions.
            throw refuse(RefusalCode.INVALID_ARGUMENT, "seal certificate is malformed: " + e.getMessage());
        }
    }

    private static byte[] derOf(String pem) {
        Matcher matcher = pem == null || pem.length() > MAX_PEM_LENGTH ? null : PEM.matcher(pem);
        if (matcher == null || !matcher.matches()) {
            throw refuse(RefusalCode.INVALID_ARGUMENT, "seal certificate must be one PEM block \"-----BEGIN"
                    + " CERTIFICATE-----\" of at most " + MAX_PEM_LENGTH + " characters");
        }
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(matcher.group(1)).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw refuse(RefusalCode.INVALID_ARGUMENT, "seal certificate PEM body is not base64: " + e.getMessage());
        }
    }

    private static Certificate parse(byte[] der) {
        try {
            Certificate certificate = Certificate.getInstance(ASN1Primitive.fromByteArray(der));
            // Only DER has one encoding per certificate, which the fingerprint (a ledger key) relies on.
            if (certificate == null || !Arrays.equals(certificate.getEncoded(ASN1Encoding.DER), der)) {
                throw new IOException("not DER-encoded");
            }
            return certificate;
        } catch (IOException | IllegalArgumentException e) {
            throw refuse(RefusalCode.INVALID_ARGUMENT, "seal certificate is not a DER-encoded X.509 certificate: "
                    + e.getMessage());
        }
    }

    private static SealAlgorithm algorithmOf(AlgorithmIdentifier key) {
        SealAlgorithm algorithm = X9ObjectIdentifiers.id_ecPublicKey.equals(key.getAlgorithm())
                && key.getParameters() instanceof ASN1ObjectIdentifier curve ? SealAlgorithm.ofCurve(curve) : null;
        if (algorithm == null) {
            throw refuse(RefusalCode.UNSUPPORTED_SEAL_ALGORITHM, "seal certificate key is " + key.getAlgorithm().getId()
                    + " " + key.getParameters() + "; seals must have an SM2 (sm2p256v1) or ECDSA P-256 key");
        }
        return algorithm;
    }

    private static String pemOf(byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }
}
