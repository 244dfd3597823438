package io.zhengku.bench.issuance;

import io.zhengku.signing.key.SealAlgorithm;
import java.util.Arrays;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Names the algorithm of a licence's detached CMS seal, as the vault actually signed it. */
final class SealNames {

    private SealNames() {
    }

    static String of(byte[] cms) {
        if (cms == null) {
            return "unknown (the seal could not be read back)";
        }
        try {
            SignerInformation signer = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
            String oid = signer.getEncryptionAlgOID();
            if (oid.equals(GMObjectIdentifiers.sm2encrypt.getId()) || oid.equals(GMObjectIdentifiers.sm2sign.getId())) {
                return "SM2/SM3 (" + oid + ")";
            }
            return Arrays.stream(SealAlgorithm.values()).filter(a -> a.signatureOid().getId().equals(oid))
                    .findFirst().map(a -> a.jcaName() + " (" + oid + ")").orElse(oid);
        } catch (CMSException | RuntimeException e) {
            return "unknown (the seal is not CMS: " + e.getMessage() + ")";
        }
    }
}
