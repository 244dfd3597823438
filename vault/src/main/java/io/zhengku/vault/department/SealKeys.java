package io.zhengku.vault.department;

import io.micronaut.context.annotation.Property;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.PasswordFile;
import io.zhengku.signing.pki.Region;
import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seal keys (电子印章密钥) of the vault's own region's departments ({@code zhengku.region}), loaded once
 * from the development PKI folder ({@code zhengku.pki.dir}, made there on first start), in the algorithm
 * {@code zhengku.seal.algorithm} (default {@code sm2}). Another region's keys are never loaded: that region's
 * own vault seals its documents. A production vault would reach its departments' keys in a signing device.
 *
 * <p>Loaded when the vault starts, not on the first issuance: opening a PKCS#12 keystore runs 300,000 PBKDF2
 * rounds, seconds for all departments, which the first department's request should not wait for.
 */
@Context
public class SealKeys {

    private final Map<String, SealCredential> seals = new HashMap<>();
    private final Map<String, List<X509Certificate>> chains = new HashMap<>();

    public SealKeys(@Property(name = "zhengku.pki.dir") String pkiDir,
                    @Property(name = "zhengku.seal.algorithm", defaultValue = "sm2") String algorithmCode,
                    @Property(name = "zhengku.region") String region) {
        Path dir = Path.of(pkiDir);
        SealAlgorithm algorithm = SealAlgorithm.byCode(algorithmCode);
        try {
            DevPki.initialise(dir, Clock.systemUTC());
            char[] password = PasswordFile.read(dir.resolve(DevPki.PASSWORD_FILE));
            for (var department : DevPki.DEMO_DEPARTMENTS) {
                if (!department.region().code().equals(region)) {
                    continue;
                }
                SealCredential seal = Pkcs12Keystore.load(DevPki.sealKeystore(dir, department, algorithm), password);
                String code = department.creditCode().code();
                seals.put(code, seal);
                chains.put(code, List.of(seal.certificate(), rootOf(dir, department.region(), seal)));
            }
            Arrays.fill(password, '\0');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the seal keys from " + dir + ": " + e.getMessage()
                    + "; point zhengku.pki.dir (ZHENGKU_PKI_DIR) at a folder made by ./zk pki init", e);
        }
    }

    /** The seal of a department, if this vault holds one. */
    public Optional<SealCredential> sealOf(String departmentCode) {
        return Optional.ofNullable(seals.get(departmentCode));
    }

    /** The seal certificate followed by the root it chains to, for proof bundles. */
    public List<X509Certificate> chainOf(String departmentCode) {
        return chains.getOrDefault(departmentCode, List.of());
    }

    private static X509Certificate rootOf(Path dir, Region region, SealCredential seal) throws IOException {
        return Certificates.readPem(DevPki.rootPem(dir, region)).stream()
                .filter(root -> root.getSubjectX500Principal().equals(seal.certificate().getIssuerX500Principal()))
                .findFirst()
                .orElseThrow(() -> new IOException("no root in " + DevPki.rootPem(dir, region) + " issued the seal of "
                        + seal.certificate().getSubjectX500Principal()));
    }

    /** The fingerprint the ledger knows the seal by. */
    public static String fingerprintOf(SealCredential seal) {
        return Certificates.sha256Fingerprint(seal.certificate());
    }
}
