package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.vault.testing.VaultApiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relying party without Zhengku's code checks a licence's e-seal with {@code openssl cms -verify}. The vault
 * here seals with P-256 ({@code zhengku.seal.algorithm=p256}): OpenSSL 3.0 cannot check SM2 in CMS, which the
 * signing module cross-checks at the signature level instead.
 */
@MicronautTest
class OpenSslSealIT extends VaultApiTest {

    @TempDir
    Path dir;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("zhengku.seal.algorithm", "p256");
        return properties;
    }

    @Test
    void openssl_verifies_the_seal_over_the_stored_file_and_refuses_it_over_another() throws Exception {
        String id = vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", pdf("openssl"),
                licenceMetadata("O-1")).string("id");
        Path file = Files.write(dir.resolve("licence.pdf"), vault.bytes("/api/v1/licences/" + id + "/file", shanghai).body());
        Path seal = Files.write(dir.resolve("licence.p7s"), vault.bytes("/api/v1/licences/" + id + "/seal", shanghai).body());
        Path other = Files.write(dir.resolve("other.pdf"), pdf("another file"));

        assertThat(opensslVerify(seal, file)).isZero();
        assertThat(opensslVerify(seal, other)).isNotZero();
    }

    private static int opensslVerify(Path seal, Path content) throws Exception {
        Process openssl = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", seal.toString(), "-content", content.toString(),
                "-CAfile", Path.of("target/test-pki/shanghai-root.pem").toAbsolutePath().toString(), "-out", "/dev/null")
                .redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = openssl.waitFor();
        System.out.println("openssl cms -verify: exit " + exit + ": " + output.strip());
        return exit;
    }
}
