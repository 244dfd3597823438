package io.zhengku.ledger.cli;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.core.anchor.MaterialId;
import io.zhengku.core.metadata.MetadataCommitment;
import io.zhengku.core.metadata.MetadataField;
import io.zhengku.ledger.IssuerRegistry;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.Department;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.PasswordFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The first demo department of a region (as {@code pki init} makes it) with its SM2 seal, the one its vault
 * registers on the channel: who {@code anchor} anchors files as, each sealed into the entry the vault makes
 * for a material.
 */
final class DemoIssuer {

    private static final String PKI_INIT = "java -jar signing/target/zhengku-signing.jar pki init --out DIR";

    private final Department department;
    private final SealCredential seal;
    private final String sealFingerprint;
    private final Path keystore;

    private DemoIssuer(Department department, SealCredential seal, Path keystore) {
        this.department = department;
        this.seal = seal;
        this.sealFingerprint = Certificates.sha256Fingerprint(seal.certificate());
        this.keystore = keystore;
    }

    /**
     * Loads the seal of {@code region}'s first demo department from a development PKI folder.
     *
     * @throws IOException naming what is missing from the folder and how to make it
     */
    static DemoIssuer load(Path pki, String region) throws IOException {
        Department department = DevPki.DEMO_DEPARTMENTS.stream()
                .filter(candidate -> candidate.region().code().equals(region)).findFirst()
                .orElseThrow(() -> new IOException("the development PKI has no demo department in region " + region
                        + "; anchor through a connection of " + regionsWithDepartments()));
        Path passwordFile = pki.resolve(DevPki.PASSWORD_FILE);
        Path keystore = DevPki.sealKeystore(pki, department, SealAlgorithm.SM2_SM3);
        for (Path needed : new Path[] {passwordFile, keystore}) {
            if (!Files.isRegularFile(needed)) {
                throw new IOException(needed + " is missing: --pki must name the folder that `" + PKI_INIT
                        + "` made (./zk keeps it as its state folder's pki)");
            }
        }
        char[] password = PasswordFile.read(passwordFile);
        try {
            return new DemoIssuer(department, Pkcs12Keystore.load(keystore, password), keystore);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Refuses to start unless the channel registers the department for {@code typeCode} and this seal as
     * its own, valid {@code now}: the contract would refuse the batch anyway, with a code but without saying what to run.
     *
     * @throws IllegalArgumentException saying what to register, and how
     */
    void requireRegistered(IssuerRegistry registry, String typeCode, Instant now) throws LedgerException {
        String uscc = department.creditCode().code();
        Optional<RegisteredDepartment> registered = registry.findDepartment(uscc);
        if (registered.isEmpty() || !registered.get().mayIssue(typeCode)) {
            throw new IllegalArgumentException("department " + uscc + " (" + department.name() + ") is not"
                    + " registered on the channel for type " + typeCode + "; ./zk up registers the demo departments,"
                    + " or run `./zk ledger register-department --uscc " + uscc + " --name NAME --types CODES` as the"
                    + " region admin");
        }
        Optional<RegisteredSeal> sealRecord = registry.findSeal(sealFingerprint);
        if (sealRecord.isEmpty() || !sealRecord.get().department().equals(uscc) || sealRecord.get().retired()
                || !sealRecord.get().validAt(now)) {
            throw new IllegalArgumentException("seal " + sealFingerprint + " of " + keystore + " is not a registered,"
                    + " valid seal in service of department " + uscc + "; register its certificate (the .pem beside the"
                    + " keystore) with `./zk ledger register-seal --department " + uscc + " --certificate PEM`, or give"
                    + " --pki the folder whose seals ./zk up registered");
        }
    }

    /**
     * The sealed entry of a file as a material of this department, built as the vault builds one: both
     * digests, a material id, the type, valid from {@code today}, and a salted commitment to the metadata the
     * vault commits for a material. The salts are not kept, so no field can be disclosed later: a raw file has
     * no holder to disclose them to, and the entry format requires a commitment.
     *
     * @param today China's calendar day, from which the material is valid
     */
    AnchorEntry materialEntry(HashedFile file, String typeCode, LocalDate today, SecureRandom random) {
        String uscc = department.creditCode().code();
        String id = new MaterialId(uscc, serialOf(file)).toString();
        Map<String, String> fields = new TreeMap<>();
        fields.put(MetadataField.ID.jsonName(), id);
        fields.put(MetadataField.ISSUER.jsonName(), department.name());
        fields.put(MetadataField.ISSUER_CODE.jsonName(), uscc);
        fields.put(MetadataField.TYPE_CODE.jsonName(), typeCode);
        fields.put(MetadataField.VALID_FROM.jsonName(), today.toString());
        String commitment = MetadataCommitment.commit(fields, random).commitment();
        return EntrySeals.seal(new EntryToSeal(file.sha256().hex(), file.sm3().hex(), id, DocumentKind.MATERIAL,
                typeCode, uscc, today.toString(), null, commitment, sealFingerprint), seal);
    }

    /**
     * {@code F} and the first 31 hex digits of the file's SHA-256: the same file gets the same id, no vault
     * serial (digits only) is ever taken, and nothing personal is in it (the digest is on the ledger anyway).
     */
    private static String serialOf(HashedFile file) {
        return "F" + file.sha256().hex().substring(0, 31).toUpperCase(Locale.ROOT);
    }

    private static String regionsWithDepartments() {
        return String.join(" or ", DevPki.DEMO_DEPARTMENTS.stream().map(d -> d.region().code()).distinct().toList());
    }
}
