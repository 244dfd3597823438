package io.zhengku.proof;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.core.digest.Digest;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.merkle.MerkleTree;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proof bundles as the vault makes them, for the verifier's tests: the third entry of a batch of five, sealed
 * by Shanghai's demo department, with the file's CMS e-seal.
 *
 * @param bundle the bundle's JSON bytes
 * @param file   the anchored file
 * @param root   the batch's Merkle root, lowercase hex
 */
public record TestBundles(byte[] bundle, Path file, String root) {

    public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String BATCH_ID = "sh-vault1-20261127100000000-1";
    public static final RegionCa SHANGHAI = RegionCa.create(Region.SHANGHAI, NOW.minusSeconds(3600));
    static final SealCredential SEAL = SHANGHAI.issueSeal(DevPki.DEMO_DEPARTMENT, SealAlgorithm.SM2_SM3,
            NOW.minusSeconds(3600));

    /** Writes the anchored file into {@code dir} and makes its bundle. */
    public static TestBundles make(Path dir) throws IOException, GeneralSecurityException {
        Path file = Files.writeString(dir.resolve("licence.pdf"), "%PDF-1.7 营业执照");
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
        String root = HexFormat.of().formatHex(tree.root());
        AnchorReceipt receipt = new AnchorReceipt("tx-1", 7, BATCH_ID, 2, 5, root,
                tree.inclusionProof(2));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", 1);
        json.put("documentId", entries.get(2).documentId());
        json.put("entry", entries.get(2).toJson());
        json.put("receipt", ReceiptJson.toMap(receipt));
        json.put("ledger", Map.of("channel", "yangtze-delta", "chaincode", "zhengku"));
        json.put("sealCertificates", List.of(Certificates.toPem(SEAL.certificate())));
        json.put("cmsSeal", Base64.getEncoder().encodeToString(new CmsSealer(SEAL, CLOCK).sign(file)));
        return new TestBundles(CanonicalJson.encode(json), file, root);
    }
}
