package io.zhengku.signing.cms;

import java.io.IOException;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;

/** Edits valid CMS fixtures for negative tests. */
final class CmsFixtures {

    private CmsFixtures() {
    }

    /**
     * Flips the last byte of the signer's signature value: the last byte of {@code s}, so the value stays a
     * well-formed DER {@code SEQUENCE {r, s}} and only the mathematics can notice.
     */
    static byte[] flipLastByteOfSignatureValue(byte[] cms) throws IOException {
        SignedData signedData = SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        SignerInfo signer = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
        byte[] value = signer.getEncryptedDigest().getOctets();
        int at = indexOf(cms, value) + value.length - 1;
        byte[] changed = cms.clone();
        changed[at] ^= 0x01;
        return changed;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("the signature value is not inside the CMS");
    }
}
