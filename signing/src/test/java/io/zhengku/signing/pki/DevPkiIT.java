package io.zhengku.signing.pki;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.OpenSsl;
import io.zhengku.signing.key.SealAlgorithm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenSSL reads what the development PKI writes. */
class DevPkiIT {

    @TempDir
    static Path dir;
    static DevPki.Listing listing;

    @BeforeAll
    static void initialise() throws IOException {
        listing = DevPki.initialise(dir, Clock.systemUTC());
    }

    @Test
    void openssl_verifies_the_p256_seal_certificate_against_the_region_roots() throws Exception {
        String output = OpenSsl.runOk("verify", "-CAfile", rootPem(), sealPem(SealAlgorithm.ECDSA_P256_SHA256));

        assertThat(output).contains(": OK");
    }

    @Test
    void openssl_verifies_the_sm2_seal_certificate_when_told_the_gmt_user_id() throws Exception {
        String output = OpenSsl.runOk("verify", "-vfyopt", "distid:1234567812345678",
                "-CAfile", rootPem(), sealPem(SealAlgorithm.SM2_SM3));

        assertThat(output).contains(": OK");
    }

    @Test
    void openssl_rejects_the_sm2_seal_certificate_without_the_user_id_so_the_id_is_really_applied() throws Exception {
        OpenSsl.Result result = OpenSsl.run("verify", "-CAfile", rootPem(), sealPem(SealAlgorithm.SM2_SM3));

        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void openssl_opens_the_seal_keystores_with_the_password_file() throws Exception {
        for (DevPki.SealEntry seal : listing.seals()) {
            String output = OpenSsl.runOk("pkcs12", "-in", seal.keystore().toString(), "-nokeys",
                    "-passin", "file:" + dir.resolve(DevPki.PASSWORD_FILE));

            assertThat(output).contains("organizationIdentifier = " + seal.departmentCode());
        }
    }

    @Test
    void the_printed_fingerprint_is_the_one_openssl_computes() throws Exception {
        DevPki.SealEntry seal = listing.seals().get(0);

        String output = OpenSsl.runOk("x509", "-noout", "-fingerprint", "-sha256", "-in",
                sealPem(seal.algorithm()));

        assertThat(output.replace(":", "").toLowerCase()).contains(seal.fingerprint());
    }

    private static String rootPem() {
        return listing.roots().get(0).pem().toString();
    }

    private static String sealPem(SealAlgorithm algorithm) {
        return dir.resolve("seal-113101010024795883-" + algorithm.code() + ".pem").toString();
    }
}
