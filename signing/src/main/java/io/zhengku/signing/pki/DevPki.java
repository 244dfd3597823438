package io.zhengku.signing.pki;

import io.zhengku.core.party.UnifiedSocialCreditCode;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.key.SoftwareSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The development PKI (开发用PKI) in one folder: per region a root CA, and for each demo department an SM2 and
 * a P-256 seal issued by its region's root, in PKCS#12 keystores whose password sits in {@value #PASSWORD_FILE}
 * beside them.
 *
 * <p>Initialising a folder that already holds a complete PKI reuses it (keys are never overwritten);
 * a folder that holds only part of one is refused.
 *
 * <pre>{@code DevPki.Listing pki = DevPki.initialise(Path.of("run/pki"), Clock.systemUTC());}</pre>
 */
public final class DevPki {

    /** Name of the password file, beside the keystores. */
    public static final String PASSWORD_FILE = "keystore-password";

    /** The first demo department: Huangpu District market supervision bureau (上海市黄浦区市场监督管理局). */
    public static final Department DEMO_DEPARTMENT = new Department(
            new UnifiedSocialCreditCode("113101010024795883"), "上海市黄浦区市场监督管理局", Region.SHANGHAI);

    /**
     * Every demo department: two in Shanghai, so that one can be shown refusing the other's licences, and one in
     * Zhejiang, so that licences from two regions exist.
     */
    public static final List<Department> DEMO_DEPARTMENTS = List.of(
            DEMO_DEPARTMENT,
            new Department(new UnifiedSocialCreditCode("11310101002479609K"), "上海市黄浦区卫生健康委员会",
                    Region.SHANGHAI),
            new Department(new UnifiedSocialCreditCode("11330100002489137M"), "杭州市市场监督管理局",
                    Region.ZHEJIANG));

    /** Certificates start a little in the past so that a verifier whose clock lags still accepts them. */
    private static final Duration BACKDATE = Duration.ofMinutes(5);

    /** A region's trusted roots, as a PEM file. */
    public record RootEntry(Region region, Path pem) {
    }

    /** A seal keystore and the SHA-256 fingerprint of its certificate, for the issuer registry. */
    public record SealEntry(String departmentCode, SealAlgorithm algorithm, Path keystore, String fingerprint) {
    }

    /** What the folder holds, and whether it was there before. */
    public record Listing(List<RootEntry> roots, List<SealEntry> seals, boolean reused) {
        public Listing {
            roots = List.copyOf(roots);
            seals = List.copyOf(seals);
        }
    }

    private DevPki() {
    }

    /**
     * Creates the PKI in {@code dir}, or reuses the complete one already there.
     *
     * @throws IOException if {@code dir} holds only part of a PKI, or files cannot be written or read
     */
    public static Listing initialise(Path dir, Clock clock) throws IOException {
        DevPkiLayout layout = new DevPkiLayout(dir);
        List<Path> files = layout.files(DEMO_DEPARTMENTS);
        List<Path> present = files.stream().filter(Files::exists).toList();
        if (present.isEmpty()) {
            create(layout, clock.instant().minus(BACKDATE));
            return list(layout, false);
        }
        if (present.size() < files.size()) {
            Path missing = files.stream().filter(f -> !present.contains(f)).findFirst().orElseThrow();
            throw new IOException(dir + " holds part of a development PKI (" + present.get(0).getFileName()
                    + " exists, " + missing.getFileName() + " is missing); delete it or choose another --out");
        }
        return list(layout, true);
    }

    /** Where a demo department's seal keystore lies in a development PKI folder. */
    public static Path sealKeystore(Path dir, Department department, SealAlgorithm algorithm) {
        return new DevPkiLayout(dir).sealKeystore(department, algorithm);
    }

    /** Where a region's root certificates (one per algorithm) lie in a development PKI folder. */
    public static Path rootPem(Path dir, Region region) {
        return new DevPkiLayout(dir).rootPem(region);
    }

    /**
     * The keystore of {@code region}'s verifier: the SM2 key that signs its verification receipts (核验回执),
     * certified by the region's SM2 root. It is made on first use, so a PKI made before verifiers signed
     * receipts gains it without being made again; its password is the PKI's.
     *
     * @throws IOException if the PKI's root keystore or password cannot be read, or the keystore not written
     */
    public static Path verifierKeystore(Path dir, Region region, Clock clock) throws IOException {
        DevPkiLayout layout = new DevPkiLayout(dir);
        Path keystore = layout.verifierKeystore(region);
        if (Files.exists(keystore)) {
            return keystore;
        }
        char[] password = PasswordFile.read(layout.passwordFile());
        try {
            SealCredential root = Pkcs12Keystore.load(layout.rootKeystore(region, SealAlgorithm.SM2_SM3), password);
            SoftwareSigner key = SoftwareSigner.generate(SealAlgorithm.SM2_SM3);
            X509Certificate certificate = CertificateIssuer.endEntity(root, key.publicKey(), verifierSubject(region),
                    clock.instant().minus(BACKDATE), RegionCa.SEAL_VALIDITY);
            // Written aside and moved in, so that a crash never leaves half a keystore where one is expected.
            Path partial = keystore.resolveSibling(keystore.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            Pkcs12Keystore.write(partial, new SealCredential(key, certificate), List.of(root.certificate()), password);
            Files.move(partial, keystore, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Arrays.fill(password, '\0');
        }
        return keystore;
    }

    private static X500Name verifierSubject(Region region) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.ST, region.displayName())
                .addRDN(BCStyle.O, "Zhengku development PKI")
                .addRDN(BCStyle.CN, region.displayName() + " verifier (核验方)")
                .build();
    }

    private static void create(DevPkiLayout layout, Instant notBefore) throws IOException {
        Files.createDirectories(layout.dir());
        char[] password = PasswordFile.create(layout.passwordFile());
        for (Region region : Region.values()) {
            RegionCa ca = RegionCa.create(region, notBefore);
            Certificates.writePem(layout.rootPem(region), ca.rootCertificates());
            for (SealAlgorithm algorithm : SealAlgorithm.values()) {
                Pkcs12Keystore.write(layout.rootKeystore(region, algorithm), ca.root(algorithm), List.of(), password);
            }
            for (Department department : DEMO_DEPARTMENTS) {
                if (department.region() == region) {
                    createSeals(layout, ca, department, notBefore, password);
                }
            }
        }
        Arrays.fill(password, '\0');
    }

    private static void createSeals(DevPkiLayout layout, RegionCa ca, Department department, Instant notBefore,
                                    char[] password) throws IOException {
        for (SealAlgorithm algorithm : SealAlgorithm.values()) {
            SealCredential seal = ca.issueSeal(department, algorithm, notBefore);
            List<X509Certificate> issuers = List.of(ca.root(algorithm).certificate());
            Pkcs12Keystore.write(layout.sealKeystore(department, algorithm), seal, issuers, password);
            Certificates.writePem(layout.sealPem(department, algorithm), List.of(seal.certificate()));
        }
    }

    /** Lists the folder; opening every seal keystore proves the password file matches them. */
    private static Listing list(DevPkiLayout layout, boolean reused) throws IOException {
        List<RootEntry> roots = Arrays.stream(Region.values())
                .map(region -> new RootEntry(region, layout.rootPem(region))).toList();
        char[] password = PasswordFile.read(layout.passwordFile());
        List<SealEntry> seals = new ArrayList<>();
        for (Department department : DEMO_DEPARTMENTS) {
            for (SealAlgorithm algorithm : SealAlgorithm.values()) {
                Path keystore = layout.sealKeystore(department, algorithm);
                SealCredential seal = Pkcs12Keystore.load(keystore, password);
                seals.add(new SealEntry(department.creditCode().code(), algorithm, keystore,
                        Certificates.sha256Fingerprint(seal.certificate())));
            }
        }
        Arrays.fill(password, '\0');
        return new Listing(roots, seals, reused);
    }
}
