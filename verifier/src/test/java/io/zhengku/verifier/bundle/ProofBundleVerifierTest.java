package io.zhengku.verifier.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.core.digest.Digest;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.merkle.MerkleTree;
import io.zhengku.core.testing.Mutations;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.ReceiptJson;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.cms.CmsSealer;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.pki.TrustAnchors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofBundleVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, java.time.ZoneOffset.UTC);
    private static final RegionCa SHANGHAI = RegionCa.create(Region.SHANGHAI, NOW.minusSeconds(3600));
    private static final SealCredential SEAL = SHANGHAI.issueSeal(DevPki.DEMO_DEPARTMENT, SealAlgorithm.SM2_SM3,
            NOW.minusSeconds(3600));
    private static final ProofBundleVerifier VERIFIER = new ProofBundleVerifier(
            TrustAnchors.of(SHANGHAI.rootCertificates()), CLOCK);

    @TempDir
    static Path dir;

    private static Path file;
    private static Path other;
    private static byte[] bundle;
    private static String root;

    /** A bundle as the vault makes it: the third entry of a batch of five, with the file's CMS e-seal. */
    @BeforeAll
    static void makeBundle() throws Exception {
        file = Files.writeString(dir.resolve("licence.pdf"), "%PDF-1.7 营业执照");
        other = Files.writeString(dir.resolve("other.pdf"), "%PDF-1.7 another");
        List<AnchorEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byte[] content = i == 2 ? Files.readAllBytes(file) : ("document " + i).getBytes(StandardCharsets.UTF_8);
            String id = LicenceId.mint("11100000000013338W011", "113101010024795883", "2026000000" + i, "001")
                    .toString();
            entries.add(EntrySeals.seal(new EntryToSeal(Digest.sha256Of(content).hex(), null, id,
                    DocumentKind.LICENCE, "11100000000013338W011", "113101010024795883", "2026-01-01", "2046-01-01",
                    Digest.sha256Of(new byte[] {(byte) i}).hex(), Certificates.sha256Fingerprint(SEAL.certificate())),
                    SEAL));
        }
        MerkleTree tree = MerkleTree.of(entries.stream().map(AnchorEntry::leaf).toList());
        root = HexFormat.of().formatHex(tree.root());
        AnchorReceipt receipt = new AnchorReceipt("tx-1", 7, "sh-vault1-20261127100000000-1", 2, 5, root,
                tree.inclusionProof(2));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", 1);
        json.put("documentId", entries.get(2).documentId());
        json.put("entry", entries.get(2).toJson());
        json.put("receipt", ReceiptJson.toMap(receipt));
        json.put("ledger", Map.of("channel", "yangtze-delta", "chaincode", "zhengku"));
        json.put("sealCertificates", List.of(pem(SEAL.certificate().getEncoded())));
        json.put("cmsSeal", Base64.getEncoder().encodeToString(new CmsSealer(SEAL, CLOCK).sign(file)));
        bundle = CanonicalJson.encode(json);
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
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
        RegionCa zhejiang = RegionCa.create(Region.ZHEJIANG, NOW.minusSeconds(3600));
        ProofBundleVerifier zhejiangOnly = new ProofBundleVerifier(TrustAnchors.of(zhejiang.rootCertificates()), CLOCK);

        assertThat(reasons(zhejiangOnly.verify(bundle, Optional.empty(), Optional.of(root))))
                .containsEntry("seal", "INVALID UNKNOWN_KEY");
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
