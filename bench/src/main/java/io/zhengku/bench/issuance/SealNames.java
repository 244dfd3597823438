package io.zhengku.bench.issuance;

import io.zhengku.signing.key.SealAlgorithm;
import java.util.Arrays;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/** Names the algorithm of a licence's detached CMS seal, as the vault actually signed it. */
final class SealNames {

    private SealNames() {
    }

    static String of(byte[] cms) {
        if (cms == null) {
            return "unknown (the seal could not be read back)";
        }
        try {
            String oid = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next().getEncryptionAlgOID();
            return Arrays.stream(SealAlgorithm.values()).filter(a -> a.signatureOid().getId().equals(oid))
                    .findFirst().map(a -> a.jcaName() + " (" + oid + ")").orElse(oid);
        } catch (CMSException | RuntimeException e) {
            return "unknown (the seal is not CMS: " + e.getMessage() + ")";
        }
    }
}
