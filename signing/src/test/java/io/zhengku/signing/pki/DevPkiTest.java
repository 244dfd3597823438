package io.zhengku.signing.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.signing.TestPki;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keystores are slow to write on purpose (PBKDF2), so the tests share one PKI where they can. */
class DevPkiTest {

    @TempDir
    static Path shared;
    static DevPki.Listing listing;

    @BeforeAll
    static void initialise() throws IOException {
        listing = DevPki.initialise(shared, TestPki.clockAt(TestPki.NOW));
    }

    @Test
    void a_new_pki_has_a_root_per_region_and_two_seals_per_demo_department() {
        assertThat(listing.reused()).isFalse();
        assertThat(listing.roots()).extracting(DevPki.RootEntry::region).containsExactly(Region.values());
        assertThat(listing.seals()).extracting(DevPki.SealEntry::departmentCode, DevPki.SealEntry::algorithm)
                .containsExactly(
                        tuple("113101010024795883", SealAlgorithm.SM2_SM3), tuple("113101010024795883", SealAlgorithm.ECDSA_P256_SHA256),
                        tuple("11310101002479609K", SealAlgorithm.SM2_SM3), tuple("11310101002479609K", SealAlgorithm.ECDSA_P256_SHA256),
                        tuple("11330100002489137M", SealAlgorithm.SM2_SM3), tuple("11330100002489137M", SealAlgorithm.ECDSA_P256_SHA256));
        assertThat(listing.seals()).allSatisfy(seal -> assertThat(seal.fingerprint()).matches("[0-9a-f]{64}"));
    }

    @Test
    void each_region_trusts_one_sm2_and_one_p256_root() throws Exception {
        for (DevPki.RootEntry root : listing.roots()) {
            assertThat(Certificates.readPem(root.pem())).hasSize(SealAlgorithm.values().length);
        }
    }

    @Test
    void each_seal_keystore_opens_with_the_password_file_and_chains_to_its_regions_roots() throws Exception {
        char[] password = PasswordFile.read(shared.resolve(DevPki.PASSWORD_FILE));

        for (DevPki.SealEntry seal : listing.seals()) {
            Region region = DevPki.DEMO_DEPARTMENTS.stream()
                    .filter(d -> d.creditCode().code().equals(seal.departmentCode())).findFirst().orElseThrow().region();
            DevPki.RootEntry root = listing.roots().stream().filter(r -> r.region() == region).findFirst().orElseThrow();
            TrustAnchors.fromPem(root.pem())
                    .validate(Pkcs12Keystore.load(seal.keystore(), password).certificate(), TestPki.NOW);
        }
    }

    @Test
    void a_regions_verifier_key_is_made_once_from_its_sm2_root_and_kept() throws Exception {
        char[] password = PasswordFile.read(shared.resolve(DevPki.PASSWORD_FILE));

        Path keystore = DevPki.verifierKeystore(shared, Region.ZHEJIANG, TestPki.clockAt(TestPki.NOW));
        byte[] first = Files.readAllBytes(keystore);
        Path again = DevPki.verifierKeystore(shared, Region.ZHEJIANG, TestPki.clockAt(TestPki.NOW));

        assertThat(again).isEqualTo(keystore);
        assertThat(Files.readAllBytes(again)).isEqualTo(first);
        var verifier = Pkcs12Keystore.load(keystore, password);
        assertThat(verifier.algorithm()).isEqualTo(SealAlgorithm.SM2_SM3);
        assertThat(verifier.certificate().getSubjectX500Principal().getName()).contains("Zhejiang verifier");
        TrustAnchors.fromPem(DevPki.rootPem(shared, Region.ZHEJIANG)).validate(verifier.certificate(), TestPki.NOW);
        assertThatThrownBy(() -> TrustAnchors.fromPem(DevPki.rootPem(shared, Region.SHANGHAI))
                .validate(verifier.certificate(), TestPki.NOW)).isInstanceOf(Exception.class);
        assertThat(DevPki.initialise(shared, TestPki.clockAt(TestPki.NOW)).reused()).isTrue();
    }

    @Test
    void initialising_a_complete_pki_again_reuses_its_keys() throws Exception {
        DevPki.Listing again = DevPki.initialise(shared, TestPki.clockAt(TestPki.NOW));

        assertThat(again.reused()).isTrue();
        assertThat(again.seals()).isEqualTo(listing.seals());
    }

    @Test
    void a_folder_with_part_of_a_pki_is_refused_and_left_alone(@TempDir Path partial) throws Exception {
        Files.copy(shared.resolve(DevPki.PASSWORD_FILE), partial.resolve(DevPki.PASSWORD_FILE));
        List<Path> before = files(partial);

        assertThatThrownBy(() -> DevPki.initialise(partial, TestPki.clockAt(TestPki.NOW)))
                .isInstanceOf(IOException.class);
        assertThat(files(partial)).isEqualTo(before);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (var stream = Files.list(dir)) {
            return stream.sorted().toList();
        }
    }
}
