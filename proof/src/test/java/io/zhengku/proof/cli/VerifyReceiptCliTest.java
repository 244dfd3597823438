package io.zhengku.proof.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.proof.receipt.VerificationReceipts;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyReceiptCliTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void a_valid_receipt_prints_what_it_states_and_an_edited_one_is_invalid(@TempDir Path dir) throws Exception {
        RegionCa zhejiang = RegionCa.create(Region.ZHEJIANG, NOW.minus(Duration.ofDays(1)));
        SealCredential key = zhejiang.issue(new X500Name("CN=Zhejiang verifier"), SealAlgorithm.SM2_SM3,
                NOW.minus(Duration.ofDays(1)), Duration.ofDays(30));
        Path roots = dir.resolve("zhejiang-root.pem");
        Certificates.writePem(roots, zhejiang.rootCertificates());
        String receipt = CanonicalJson.encodeToString(VerificationReceipts.sign(
                Map.of("verdict", "VALID", "verifiedAt", NOW.toString(), "verifier", "verifier-zhejiang"), key));
        Path good = Files.writeString(dir.resolve("good.json"), receipt);
        Path edited = Files.writeString(dir.resolve("edited.json"), receipt.replace("VALID", "REVOKED"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int valid = VerifyReceiptCli.run(List.of(good.toString(), "--ca", roots.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        int invalid = VerifyReceiptCli.run(List.of(edited.toString(), "--ca", roots.toString()),
                new PrintStream(bad, true, StandardCharsets.UTF_8), System.err);

        assertThat(valid).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("receipt: VALID").contains("verdict: VALID");
        assertThat(invalid).isEqualTo(1);
        assertThat(bad.toString(StandardCharsets.UTF_8)).startsWith("receipt: INVALID BAD_SIGNATURE");
        assertThat(VerifyReceiptCli.run(List.of(good.toString()), System.out, System.err)).isEqualTo(2);
    }
}
