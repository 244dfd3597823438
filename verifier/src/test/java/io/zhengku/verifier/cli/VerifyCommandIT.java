package io.zhengku.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.demo.VerifyCommand;
import io.zhengku.proof.receipt.VerificationReceipts;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.pki.TrustAnchors;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./zk verify file|sha256|id|token}: the demo module's command against a real verifier. */
@MicronautTest
class VerifyCommandIT extends VerifierApiTest {

    private static final RegionCa ZHEJIANG = RegionCa.create(Region.ZHEJIANG, Instant.now().minus(Duration.ofDays(1)));

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return VerifierTestEnvironment.withReceiptKey(super.getProperties(), ZHEJIANG);
    }

    @Test
    void a_valid_file_prints_verdict_valid_and_exits_zero(@TempDir Path dir) throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        Path file = Files.write(dir.resolve("licence.pdf"), licence.content());

        Run run = verify("file", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("verdict: VALID (VERIFIED)\n")
                .contains("integrity: VALID CONTENT_MATCHES", "issued by 上海市黄浦区市场监督管理局 (ShanghaiMSP)")
                .containsPattern("ledger: the verifier's index at block \\d+, \\d+ blocks and \\d+ ms behind its peer");
    }

    @Test
    void a_revoked_licence_prints_verdict_revoked_and_exits_one() throws Exception {
        Licence licence = anchored(DocumentStatus.REVOKED);

        Run run = verify("sha256", licence.sha256());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("verdict: REVOKED (REVOKED)\n").contains("status: INVALID REVOKED");
    }

    @Test
    void a_token_read_from_a_file_shows_its_disclosed_fields(@TempDir Path dir) throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        Path token = Files.writeString(dir.resolve("token.txt"),
                licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC()) + "\n");

        Run run = verify("token", "@" + token);

        assertThat(run.out()).startsWith("verdict: VALID").contains("disclosed: holderName = 上海示例科技有限公司");
    }

    @Test
    void nothing_anchored_prints_unknown_and_a_refusal_prints_its_code() throws Exception {
        Run unknown = verify("id", issuer.neverAnchored().id());
        Run refused = verify("sha256", "not-hex");

        assertThat(unknown.out()).startsWith("verdict: UNKNOWN").contains("record: none on the ledger");
        assertThat(refused.status()).isEqualTo(3);
        assertThat(refused.out()).startsWith("refused: 422 invalid-sha256");
    }

    @Test
    void a_receipt_asked_for_is_saved_and_the_receipt_check_accepts_it(@TempDir Path dir) throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        Path receipt = dir.resolve("receipt.json");
        Path roots = dir.resolve("zhejiang-root.pem");
        Certificates.writePem(roots, ZHEJIANG.rootCertificates());

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = VerifyCommand.run(URI.create(server.getURL().toString()), "sha256", licence.sha256(),
                Optional.of(receipt), new PrintStream(printed, true, StandardCharsets.UTF_8));
        Map<?, ?> payload = VerificationReceipts.verify(Files.readAllBytes(receipt),
                TrustAnchors.of(ZHEJIANG.rootCertificates()));

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("receipt: " + receipt);
        assertThat(payload.get("verdict")).isEqualTo("VALID");
        assertThat(payload.get("presented")).isEqualTo("sha256");
    }

    private record Run(int status, String out) {
    }

    private Run verify(String kind, String value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = VerifyCommand.run(URI.create(server.getURL().toString()), kind, value, Optional.empty(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }
}
