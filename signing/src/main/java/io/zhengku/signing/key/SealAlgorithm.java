package io.zhengku.signing.key;

import io.zhengku.core.digest.DigestAlgorithm;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The signature algorithms an electronic seal (电子印章) may use: the allow-list of this module.
 *
 * <pre>{@code SealAlgorithm.byCode("sm2")  // SM2_SM3, the default}</pre>
 */
public enum SealAlgorithm {

    /** SM2 with SM3 (GB/T 32918, GM/T 0009), user ID {@code 1234567812345678}; the national default. */
    SM2_SM3("sm2", "SM3withSM2", "sm2p256v1",
            GMObjectIdentifiers.sm2sign_with_sm3, DigestAlgorithm.SM3, GMObjectIdentifiers.sm2p256v1),

    /** ECDSA on NIST P-256 with SHA-256, for partners whose tools do not speak SM2. */
    ECDSA_P256_SHA256("p256", "SHA256withECDSA", "secp256r1",
            X9ObjectIdentifiers.ecdsa_with_SHA256, DigestAlgorithm.SHA256, SECObjectIdentifiers.secp256r1);

    private final String code;
    private final String jcaName;
    private final String curveName;
    private final ASN1ObjectIdentifier signatureOid;
    private final DigestAlgorithm digestAlgorithm;
    private final ASN1ObjectIdentifier curveOid;

    SealAlgorithm(String code, String jcaName, String curveName, ASN1ObjectIdentifier signatureOid,
                  DigestAlgorithm digestAlgorithm, ASN1ObjectIdentifier curveOid) {
        this.code = code;
        this.jcaName = jcaName;
        this.curveName = curveName;
        this.signatureOid = signatureOid;
        this.digestAlgorithm = digestAlgorithm;
        this.curveOid = curveOid;
    }

    /** Short name used on the command line and in file names: {@code sm2} or {@code p256}. */
    public String code() {
        return code;
    }

    /** JCA signature algorithm name. */
    public String jcaName() {
        return jcaName;
    }

    /** Named curve of the key pair, as Bouncy Castle knows it. */
    public String curveName() {
        return curveName;
    }

    /** Signature algorithm OID, as written into certificates, CMS and SES structures. */
    public ASN1ObjectIdentifier signatureOid() {
        return signatureOid;
    }

    /** The signature algorithm identifier, without parameters (RFC 5758, GM/T 0006). */
    public AlgorithmIdentifier signatureAlgorithmIdentifier() {
        return new AlgorithmIdentifier(signatureOid);
    }

    /** The digest this algorithm hashes with: SM3 or SHA-256. */
    public DigestAlgorithm digestAlgorithm() {
        return digestAlgorithm;
    }

    /** The algorithm whose {@link #code()} is {@code code}. */
    public static SealAlgorithm byCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown seal algorithm '" + code
                        + "'; use one of sm2, p256"));
    }

    /** The algorithm with this signature OID, or empty if it is not on the allow-list. */
    public static Optional<SealAlgorithm> bySignatureOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(values()).filter(a -> a.signatureOid.equals(oid)).findFirst();
    }

    /** The algorithm whose curve this public key lies on, or empty for any other key. */
    public static Optional<SealAlgorithm> ofKey(PublicKey key) {
        AlgorithmIdentifier keyAlgorithm = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(keyAlgorithm.getAlgorithm())) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(a -> a.curveOid.equals(keyAlgorithm.getParameters())).findFirst();
    }
}
