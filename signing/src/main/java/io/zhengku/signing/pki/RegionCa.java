package io.zhengku.signing.pki;

import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.key.SoftwareSigner;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A region's development root certification authority (根CA): one root certificate per
 * {@link SealAlgorithm}, so that SM2 seals chain to an SM2 root (signed with the GM/T user ID) and P-256 seals
 * to a P-256 root that OpenSSL can check on its own.
 *
 * <pre>{@code
 * RegionCa shanghai = RegionCa.create(Region.SHANGHAI, Instant.now());
 * SealCredential seal = shanghai.issueSeal(department, SealAlgorithm.SM2_SM3, Instant.now());
 * }</pre>
 */
public final class RegionCa {

    /** How long a development root is valid. */
    public static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365);
    /** How long a development seal certificate is valid. */
    public static final Duration SEAL_VALIDITY = Duration.ofDays(3 * 365);

    private final Region region;
    private final Map<SealAlgorithm, SealCredential> roots;

    private RegionCa(Region region, Map<SealAlgorithm, SealCredential> roots) {
        this.region = region;
        this.roots = roots;
    }

    /** New root keys and self-signed root certificates, valid from {@code notBefore}. */
    public static RegionCa create(Region region, Instant notBefore) {
        Map<SealAlgorithm, SealCredential> roots = new EnumMap<>(SealAlgorithm.class);
        for (SealAlgorithm algorithm : SealAlgorithm.values()) {
            SoftwareSigner key = SoftwareSigner.generate(algorithm);
            X509Certificate certificate = CertificateIssuer.root(key, rootSubject(region, algorithm), notBefore,
                    ROOT_VALIDITY);
            roots.put(algorithm, new SealCredential(key, certificate));
        }
        return new RegionCa(region, roots);
    }

    public Region region() {
        return region;
    }

    /** The root that certifies keys of {@code algorithm}. */
    public SealCredential root(SealAlgorithm algorithm) {
        return roots.get(algorithm);
    }

    /** The root certificates, SM2 first: the content of the region's trust PEM file. */
    public List<X509Certificate> rootCertificates() {
        return roots.values().stream().map(SealCredential::certificate).toList();
    }

    /** A new key and seal certificate (电子印章证书) for {@code department}. */
    public SealCredential issueSeal(Department department, SealAlgorithm algorithm, Instant notBefore) {
        return issue(department.sealSubject(algorithm), algorithm, notBefore, SEAL_VALIDITY);
    }

    /** A new key and signing certificate for any subject, such as a seal maker (制章者). */
    public SealCredential issue(X500Name subject, SealAlgorithm algorithm, Instant notBefore, Duration validity) {
        SoftwareSigner key = SoftwareSigner.generate(algorithm);
        X509Certificate certificate = CertificateIssuer.endEntity(root(algorithm), key.publicKey(), subject,
                notBefore, validity);
        return new SealCredential(key, certificate);
    }

    private static X500Name rootSubject(Region region, SealAlgorithm algorithm) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.ST, region.displayName())
                .addRDN(BCStyle.O, "Zhengku development PKI")
                .addRDN(BCStyle.CN, region.displayName() + " Root CA (" + algorithm.code() + ")")
                .build();
    }
}
