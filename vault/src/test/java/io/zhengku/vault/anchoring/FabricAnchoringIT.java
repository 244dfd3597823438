package io.zhengku.vault.anchoring;

import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.proof.BundleVerdict;
import io.zhengku.proof.ProofBundleVerifier;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shanghai's vault on the real channel: a licence issued here is anchored by the vault's batcher, Zhejiang's
 * own peer holds its record and its batch root, the proof bundle the vault hands out verifies offline
 * against that root with nothing but the region roots, and a revocation made here is what Zhejiang's peer
 * then says.
 */
@MicronautTest
class FabricAnchoringIT extends VaultApiTest {

    private final FabricLedger zhejiang = Channel.asSeenBy("zhejiang");

    @TempDir
    Path dir;

    @Test
    void an_issued_licence_is_anchored_and_its_bundle_verifies_against_the_root_zhejiangs_peer_holds() throws Exception {
        byte[] file = pdf("anchored on the channel " + System.nanoTime());
        String id = vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", file,
                licenceMetadata("F-" + System.nanoTime())).string("id");

        Map<String, Object> bundle = anchored(id);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        DocumentRecord record = zhejiang.findByDigest(sha256).orElseThrow();
        assertThat(record.issuerMsp()).isEqualTo("ShanghaiMSP");
        assertThat(record.entry().documentId()).isEqualTo(id);
        BatchRecord batch = zhejiang.findBatch(record.batchId()).orElseThrow();
        assertThat(vault.get("/api/v1/licences/" + id, shanghai).body()).containsEntry("anchorStatus", "ANCHORED");
        BundleVerdict verdict = verifier().verify(CanonicalJson.encode(bundle),
                Optional.of(Files.write(dir.resolve("licence.pdf"), file)), Optional.of(batch.merkleRoot()));
        assertThat(verdict.verdict()).as(verdict.checks().toString()).isEqualTo(BundleVerdict.Verdict.VALID);
    }

    @Test
    void a_revocation_made_here_is_what_zhejiangs_peer_says() throws Exception {
        byte[] file = pdf("revoked on the channel " + System.nanoTime());
        String id = vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", file,
                licenceMetadata("R-" + System.nanoTime())).string("id");
        anchored(id);

        var revoked = vault.post("/api/v1/licences/" + id + "/status", shanghai,
                Map.of("status", "REVOKED", "reasonCode", "ISSUED_IN_ERROR", "reasonText", "revoked by a test"));

        assertThat(revoked.status()).as(String.valueOf(revoked.body())).isEqualTo(200);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(zhejiang.findByDigest(sha256).orElseThrow().status()).isEqualTo(DocumentStatus.REVOKED);
    }

    /** Waits for the anchoring (a few block intervals), and names the vault's view of the licence if it fails. */
    private Map<String, Object> anchored(String id) throws InterruptedException {
        Map<String, Object> licence = Map.of();
        for (int i = 0; i < 300; i++) {
            licence = vault.get("/api/v1/licences/" + id, shanghai).body();
            if ("ANCHORED".equals(licence.get("anchorStatus"))) {
                return awaitProof(id);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not anchored within 30 s: " + licence);
    }

    private static ProofBundleVerifier verifier() throws Exception {
        List<X509Certificate> roots = new ArrayList<>();
        for (String region : List.of("shanghai", "zhejiang", "jiangsu", "anhui")) {
            roots.addAll(Certificates.readPem(Path.of("target/test-pki/" + region + "-root.pem")));
        }
        return new ProofBundleVerifier(TrustAnchors.of(roots), Clock.systemUTC());
    }
}
