package io.zhengku.vault.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.demo.SampleLicence;
import io.zhengku.demo.SampleLicence.Shown;
import io.zhengku.vault.testing.QrImages;
import io.zhengku.vault.testing.VaultApiTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample licence ./zk up shows, made by the demo module through this vault's public API: issued once,
 * found again on the next run, and shown each time as a fresh QR code that reads back to a token.
 */
@MicronautTest
class SampleLicenceIT extends VaultApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void the_sample_licence_is_issued_once_and_shown_with_a_fresh_qr_code_each_run(@TempDir Path out)
            throws Exception {
        URI vaultUrl = server.getURL().toURI();

        Shown first = SampleLicence.run(vaultUrl, shanghai, out.resolve("first"));
        Shown second = SampleLicence.run(vaultUrl, shanghai, out.resolve("second"));

        assertThat(first.issuedNow()).isTrue();
        assertThat(second.issuedNow()).isFalse();
        assertThat(second.licenceId()).isEqualTo(first.licenceId());
        String firstToken = Files.readString(first.token());
        String secondToken = Files.readString(second.token());
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(QrImages.decode(Files.readAllBytes(second.qrPng()))).isEqualTo(secondToken);
        Map<String, Object> licence = vault.get("/api/v1/licences/" + first.licenceId(), shanghai).body();
        assertThat(licence).containsEntry("status", "ACTIVE").containsEntry("number", "SAMPLE-000001");
        List<?> items = (List<?>) vault.get("/api/v1/licences?holderCode=91310101MA1XKDEM20", shanghai).body()
                .get("items");
        assertThat(items).hasSize(1);
    }
}
