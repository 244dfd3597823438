package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.testkit.FileResidue;
import io.zhengku.testkit.Listeners;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the verifier exposes: {@code /health} tells states and the index's lag, never configuration, paths or
 * figures of the machine; it listens on the loopback address only; and what it is given to check, over the
 * 1 MiB at which the vault spools to disk, leaves no file behind (the verifier reads parts as they stream).
 */
@MicronautTest
class ExposureIT extends VerifierApiTest {

    /** In clear in the files this test sends; listed in testkit's private-test-values.txt. */
    static final String MARKER = "ZK-PRIVATE-FILE-CONTENT-7F3A";

    @Inject
    EmbeddedServer server;

    @Test
    void health_shows_each_parts_state_the_peer_reachable_and_the_index_lag_only() {
        Map<String, Object> parts = parts(verifier.send(HttpRequest.GET("/health")).body());

        assertThat(parts).containsKeys("ledger", "database", "index");
        assertThat(details(parts, "ledger").keySet()).map(String::valueOf)
                .containsExactlyInAnyOrder("region", "peer", "height");
        assertThat(details(parts, "database").keySet()).map(String::valueOf).containsExactly("database");
        assertThat(details(parts, "index").keySet()).map(String::valueOf)
                .containsExactlyInAnyOrder("index", "block", "blocksBehind", "millisBehind");
        assertThat(parts).allSatisfy((name, part) -> {
            if (!Set.of("ledger", "database", "index").contains(name)) {
                assertThat(((Map<?, ?>) part).containsKey("details")).as(name + " has details").isFalse();
            }
        });
    }

    @Test
    void health_tells_no_configuration_paths_or_disk_figures() {
        String health = verifier.send(HttpRequest.GET("/health")).body().toString();

        assertThat(health).doesNotContain("jdbc").doesNotContain("postgres").doesNotContain("127.0.0.1")
                .doesNotContain("/").doesNotContain("diskSpace").doesNotContain("free=")
                .doesNotContain("total=").doesNotContain("threshold").doesNotContain("MSP");
    }

    @Test
    void the_verifier_listens_on_the_loopback_address_only() {
        assertThat(Listeners.ofPort(server.getPort())).isNotEmpty().allMatch(Listeners.Socket::loopback);
    }

    @Test
    void a_file_and_a_picture_over_a_mebibyte_leave_no_file_behind() {
        verifier.awaitIndexAt(issuer.zhejiangHeight());
        FileResidue systemTemp = FileResidue.since(Path.of(System.getProperty("java.io.tmpdir")));

        Answer file = verifier.verifyFile(large("%PDF-1.7\n"));
        Answer picture = verifier.verifyQrPicture(large("\u0089PNG\r\n\u001a\n"));

        assertThat(file.verdict()).isEqualTo("UNKNOWN");
        assertThat(picture.status()).isBetween(400, 499);
        assertThat(systemTemp.holding(MARKER)).isEmpty();
    }

    /** About 1.5 MiB starting with {@code header} and repeating the marker. */
    private static byte[] large(String header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        byte[] line = (MARKER + " " + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        while (bytes.size() < 3 * 1024 * 1024 / 2) {
            bytes.writeBytes(line);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parts(Map<String, Object> health) {
        return (Map<String, Object>) health.get("details");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Map<String, Object> parts, String part) {
        return (Map<String, Object>) ((Map<String, Object>) parts.get(part)).get("details");
    }
}
