package io.zhengku.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.testing.Mutations;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.pki.TrustAnchors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofBundleVerifierTest {

    private static final ProofBundleVerifier VERIFIER = new ProofBundleVerifier(
            TrustAnchors.of(TestBundles.SHANGHAI.rootCertificates()), TestBundles.CLOCK);

    private static final Duration FOUR_YEARS = Duration.ofDays(4 * 365);

    @TempDir
    static Path dir;

    private static Path file;
    private static Path other;
    private static byte[] bundle;
    private static String root;

    @BeforeAll
    static void makeBundle() throws Exception {
        TestBundles made = TestBundles.make(dir);
        file = made.file();
        bundle = made.bundle();
        root = made.root();
        other = Files.writeString(dir.resolve("other.pdf"), "%PDF-1.7 another");
    }

    private static Map<String, String> reasons(BundleVerdict verdict) {
        Map<String, String> reasons = new LinkedHashMap<>();
        verdict.checks().forEach(c -> reasons.put(c.name(), c.result() + (c.reason() == null ? "" : " " + c.reason())));
        return reasons;
    }

    @Test
    void a_bundle_with_its_file_and_the_anchored_root_is_valid_in_every_check() {
        BundleVerdict verdict = VERIFIER.verify(bundle, Optional.of(file), Optional.of(root));

        assertThat(verdict.verdict()).isEqualTo(BundleVerdict.Verdict.VALID);
        assertThat(reasons(verdict)).containsExactly(Map.entry("format", "VALID"), Map.entry("seal", "VALID"),
                Map.entry("inclusion", "VALID"), Map.entry("root", "VALID"), Map.entry("file", "VALID"),
                Map.entry("cms", "VALID"));
    }

    @Test
    void without_the_anchored_root_the_proof_holds_but_is_unconfirmed() {
        BundleVerdict verdict = VERIFIER.verify(bundle, Optional.empty(), Optional.empty());

        assertThat(verdict.verdict()).isEqualTo(BundleVerdict.Verdict.ROOT_UNCONFIRMED);
        assertThat(reasons(verdict)).containsEntry("root", "SKIPPED NOT_GIVEN").containsEntry("cms", "SKIPPED NOT_GIVEN");
    }

    @Test
    void another_root_or_another_file_is_invalid_with_its_reason() {
        BundleVerdict wrongRoot = VERIFIER.verify(bundle, Optional.empty(), Optional.of("00".repeat(32)));
        BundleVerdict wrongFile = VERIFIER.verify(bundle, Optional.of(other), Optional.of(root));

        assertThat(wrongRoot.verdict()).isEqualTo(BundleVerdict.Verdict.INVALID);
        assertThat(reasons(wrongRoot)).containsEntry("root", "INVALID ROOT_MISMATCH");
        assertThat(reasons(wrongFile)).containsEntry("file", "INVALID DIGEST_MISMATCH")
                .containsEntry("cms", "INVALID DIGEST_MISMATCH");
    }

    @Test
    void an_altered_entry_breaks_both_its_seal_and_its_inclusion() {
        byte[] altered = new String(bundle, StandardCharsets.UTF_8).replace("2046-01-01", "2056-01-01")
                .getBytes(StandardCharsets.UTF_8);

        BundleVerdict verdict = VERIFIER.verify(altered, Optional.empty(), Optional.of(root));

        assertThat(reasons(verdict)).containsEntry("seal", "INVALID BAD_SIGNATURE")
                .containsEntry("inclusion", "INVALID PROOF_MISMATCH");
    }

    @Test
    void a_seal_under_another_regions_root_is_not_trusted() {
        RegionCa zhejiang = RegionCa.create(Region.ZHEJIANG, TestBundles.NOW.minusSeconds(3600));
        ProofBundleVerifier zhejiangOnly = new ProofBundleVerifier(TrustAnchors.of(zhejiang.rootCertificates()), TestBundles.CLOCK);

        assertThat(reasons(zhejiangOnly.verify(bundle, Optional.empty(), Optional.of(root))))
                .containsEntry("seal", "INVALID UNKNOWN_KEY");
    }

    @Test
    void a_seal_that_expired_after_the_anchoring_is_judged_by_the_anchoring_time() {
        ProofBundleVerifier fourYearsLater = new ProofBundleVerifier(
                TrustAnchors.of(TestBundles.SHANGHAI.rootCertificates()), Clock.offset(TestBundles.CLOCK, FOUR_YEARS));

        BundleVerdict whenAnchored = fourYearsLater.verify(bundle, Optional.of(file), Optional.of(root),
                Optional.of(TestBundles.NOW));
        BundleVerdict now = fourYearsLater.verify(bundle, Optional.of(file), Optional.of(root));

        assertThat(whenAnchored.verdict()).isEqualTo(BundleVerdict.Verdict.VALID);
        assertThat(whenAnchored.checks()).filteredOn(c -> c.name().equals("seal")).singleElement()
                .extracting(Check::detail).asString().contains("valid when anchored");
        assertThat(reasons(now)).containsEntry("seal", "INVALID EXPIRED_CERTIFICATE");
    }

    @Test
    void against_the_ledgers_batch_the_root_the_size_and_the_anchoring_time_are_the_ledgers() {
        ProofBundleVerifier fourYearsLater = new ProofBundleVerifier(
                TrustAnchors.of(TestBundles.SHANGHAI.rootCertificates()), Clock.offset(TestBundles.CLOCK, FOUR_YEARS));
        List<String> asked = new ArrayList<>();

        BundleVerdict valid = fourYearsLater.verify(bundle, Optional.of(file), batchId -> {
            asked.add(batchId);
            return Optional.of(batch(root, 5));
        });
        BundleVerdict otherRoot = VERIFIER.verify(bundle, Optional.empty(),
                batchId -> Optional.of(batch("ab".repeat(32), 5)));
        BundleVerdict otherSize = VERIFIER.verify(bundle, Optional.empty(), batchId -> Optional.of(batch(root, 6)));
        BundleVerdict notAnchored = VERIFIER.verify(bundle, Optional.empty(), batchId -> Optional.empty());

        assertThat(valid.verdict()).isEqualTo(BundleVerdict.Verdict.VALID);
        assertThat(asked).containsExactly(TestBundles.BATCH_ID);
        assertThat(reasons(otherRoot)).containsEntry("root", "INVALID ROOT_MISMATCH");
        assertThat(reasons(otherSize)).containsEntry("root", "INVALID SIZE_MISMATCH");
        assertThat(reasons(notAnchored)).containsEntry("root", "INVALID BATCH_NOT_ANCHORED");
        assertThat(notAnchored.verdict()).isEqualTo(BundleVerdict.Verdict.INVALID);
    }

    @Test
    void a_bundle_that_cannot_be_read_is_malformed_without_asking_the_ledger() {
        BundleVerdict verdict = VERIFIER.verify("{}".getBytes(StandardCharsets.UTF_8), Optional.empty(), batchId -> {
            throw new AssertionError("the ledger was asked about " + batchId);
        });

        assertThat(reasons(verdict)).containsExactly(Map.entry("format", "INVALID MALFORMED"));
    }

    private static BatchRecord batch(String merkleRoot, long size) {
        return new BatchRecord(TestBundles.BATCH_ID, merkleRoot, size, "ShanghaiMSP", "tx-1", TestBundles.NOW);
    }

    @Test
    void any_mutated_bundle_gets_a_verdict_and_only_changes_to_what_the_proof_does_not_cover_stay_valid() {
        Object covered = coveredParts(bundle);
        for (byte[] variant : Mutations.of(bundle, 27)) {
            assertThatCode(() -> {
                BundleVerdict verdict = VERIFIER.verify(variant, Optional.of(file), Optional.of(root));
                if (verdict.verdict() == BundleVerdict.Verdict.VALID) {
                    assertThat(coveredParts(variant)).as(new String(variant, StandardCharsets.UTF_8))
                            .isEqualTo(covered);
                }
            }).doesNotThrowAnyException();
        }
    }

    /**
     * The bundle without what only informs (the ledger's names, the receipt's transaction, block and batch, which
     * a verifier confirms with the peer, not with the proof) and without the CMS e-seal's bytes: the certificates
     * inside a CMS are not signed, and Bouncy Castle reads a non-DER spelling of one (a BOOLEAN TRUE as 0xDD
     * instead of 0xFF, found by this test) as the same certificate, which is then checked on its meaning.
     */
    @SuppressWarnings("unchecked")
    private static Object coveredParts(byte[] json) {
        Map<String, Object> parts = new LinkedHashMap<>((Map<String, Object>) CanonicalJson.parse(json));
        parts.remove("ledger");
        parts.remove("cmsSeal");
        Map<String, Object> receipt = new LinkedHashMap<>((Map<String, Object>) parts.get("receipt"));
        receipt.keySet().removeAll(List.of("transactionId", "blockNumber", "batchId"));
        parts.put("receipt", receipt);
        List<String> pems = (List<String>) parts.get("sealCertificates");
        parts.put("sealCertificates", pems.stream().map(pem -> pem.strip().replaceAll("\\R", "")).toList());
        return parts;
    }
}
