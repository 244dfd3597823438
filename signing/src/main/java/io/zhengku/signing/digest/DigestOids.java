package io.zhengku.signing.digest;

import io.zhengku.core.digest.DigestAlgorithm;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;

/**
 * The ASN.1 object identifiers of the digest algorithms, as CMS and GB/T 38540 structures name them.
 *
 * <pre>{@code DigestOids.oid(DigestAlgorithm.SM3)  // 1.2.156.10197.1.401}</pre>
 */
public final class DigestOids {

    private DigestOids() {
    }

    /** The OID of {@code algorithm}. */
    public static ASN1ObjectIdentifier oid(DigestAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA256 -> NISTObjectIdentifiers.id_sha256;
            case SM3 -> GMObjectIdentifiers.sm3;
        };
    }

    /** The digest algorithm with this OID, or empty if it is none of ours. */
    public static Optional<DigestAlgorithm> byOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(DigestAlgorithm.values()).filter(a -> oid(a).equals(oid)).findFirst();
    }
}
