package io.zhengku.signing.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.signing.TestPki;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class Pkcs12KeystoreTest {

    private static final char[] PASSWORD = "dev-password".toCharArray();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_written_seal_loads_back_and_signs_for_its_certificate(SealAlgorithm algorithm) throws Exception {
        SealCredential seal = TestPki.seal(algorithm);
        Path file = dir.resolve("seal.p12");
        Pkcs12Keystore.write(file, seal, List.of(TestPki.SHANGHAI.root(algorithm).certificate()), PASSWORD);

        SealCredential loaded = Pkcs12Keystore.load(file, PASSWORD);

        assertThat(loaded.certificate()).isEqualTo(seal.certificate());
        assertThat(loaded.algorithm()).isEqualTo(algorithm);
        byte[] message = {1, 2, 3};
        SealSignatures.verify(algorithm, seal.certificate().getPublicKey(), message, loaded.signer().sign(message));
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        Path file = dir.resolve("seal.p12");
        Pkcs12Keystore.write(file, TestPki.seal(SealAlgorithm.SM2_SM3), List.of(), PASSWORD);

        assertThatThrownBy(() -> Pkcs12Keystore.load(file, "guess".toCharArray())).isInstanceOf(IOException.class);
    }

    @Test
    void an_existing_keystore_is_never_overwritten() throws Exception {
        Path file = dir.resolve("seal.p12");
        Pkcs12Keystore.write(file, TestPki.seal(SealAlgorithm.SM2_SM3), List.of(), PASSWORD);

        assertThatThrownBy(() -> Pkcs12Keystore.write(file, TestPki.seal(SealAlgorithm.SM2_SM3), List.of(), PASSWORD))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void a_credential_prints_its_subject_but_not_its_key() {
        SealCredential seal = TestPki.seal(SealAlgorithm.SM2_SM3);

        assertThat(seal.toString()).contains("sm2", "113101010024795883").doesNotContain("PrivateKey");
    }

    @Test
    void a_certificate_for_another_key_cannot_make_a_credential() {
        SealCredential seal = TestPki.seal(SealAlgorithm.SM2_SM3);

        assertThatThrownBy(() -> new SealCredential(SoftwareSigner.generate(SealAlgorithm.SM2_SM3), seal.certificate()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
