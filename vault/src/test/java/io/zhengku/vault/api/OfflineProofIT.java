package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import io.zhengku.proof.BundleVerdict;
import io.zhengku.proof.ProofBundleVerifier;
import io.zhengku.vault.testing.LedgerDouble;
import io.zhengku.vault.testing.VaultApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proof bundle the vault hands out verifies with nothing but the verifier's offline check, the region roots
 * and the anchored root: the vault and the verifier agree on the format.
 */
@MicronautTest(environments = LedgerDouble.ENVIRONMENT)
class OfflineProofIT extends VaultApiTest {

    @TempDir
    Path dir;

    @Test
    void the_vaults_bundle_and_file_verify_offline_against_every_regions_roots() throws Exception {
        byte[] file = pdf("offline");
        String id = vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", file,
                licenceMetadata("B-1")).string("id");
        Map<String, Object> bundle = awaitProof(id);
        Path document = Files.write(dir.resolve("licence.pdf"), file);
        String root = (String) ((Map<?, ?>) bundle.get("receipt")).get("merkleRoot");

        BundleVerdict verdict = verifier().verify(CanonicalJson.encode(bundle), Optional.of(document),
                Optional.of(root));

        assertThat(verdict.verdict()).as(verdict.checks().toString()).isEqualTo(BundleVerdict.Verdict.VALID);
        assertThat(verdict.documentId()).isEqualTo(id);
    }

    private static ProofBundleVerifier verifier() throws Exception {
        List<java.security.cert.X509Certificate> roots = new ArrayList<>();
        for (String region : List.of("shanghai", "zhejiang", "jiangsu", "anhui")) {
            roots.addAll(Certificates.readPem(Path.of("target/test-pki/" + region + "-root.pem")));
        }
        return new ProofBundleVerifier(TrustAnchors.of(roots), Clock.systemUTC());
    }

}
