package io.zhengku.chaincode;

import java.util.Arrays;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;

/** The key algorithms a seal certificate (印章证书) may have: SM2 (国密 SM2) or ECDSA on NIST P-256. */
enum SealAlgorithm {
    SM2("SM2", GMObjectIdentifiers.sm2p256v1),
    P256("P-256", SECObjectIdentifiers.secp256r1);

    private final String label;
    private final ASN1ObjectIdentifier curve;

    SealAlgorithm(String label, ASN1ObjectIdentifier curve) {
        this.label = label;
        this.curve = curve;
    }

    /** The name stored on the ledger: {@code SM2} or {@code P-256}. */
    String label() {
        return label;
    }

    /** The algorithm whose named curve has this OID, or {@code null}. */
    static SealAlgorithm ofCurve(ASN1ObjectIdentifier curveOid) {
        return Arrays.stream(values()).filter(a -> a.curve.equals(curveOid)).findFirst().orElse(null);
    }
}
