package io.zhengku.proof;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.merkle.MerkleProofException;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.ReceiptJson;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.cms.CmsSealVerifier;
import io.zhengku.signing.cms.VerifiedSeal;
import io.zhengku.signing.digest.StreamingDigest;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a vault's proof bundle offline (离线核验): that the anchored entry carries a valid seal signature by a
 * certificate chaining to a trusted region root, that the inclusion proof leads from the entry to the batch
 * root, and — when given — that the root is the one the ledger holds, that a file is the anchored one, and
 * that the file's CMS e-seal holds. It needs nothing from the network but the bundle's batch as the ledger
 * records it (its root and anchoring time), which any region's peer gives ({@code findBatch}).
 *
 * <pre>{@code
 * ProofBundleVerifier verifier = new ProofBundleVerifier(TrustAnchors.fromPem(roots), Clock.systemUTC());
 * BundleVerdict verdict = verifier.verify(bytes, Optional.of(file), batchId -> ledger.findBatch(batchId));
 * BundleVerdict offline = verifier.verify(bytes, Optional.of(file), Optional.of(rootHex), Optional.of(anchoredAt));
 * }</pre>
 *
 * A seal is judged by its certificates' validity when the document was anchored, as the contract judged it
 * then: a seal that expired since does not make an anchored document doubtful. Only when no anchoring time is
 * known are they judged at the clock's time, and the seal check says so.
 */
public final class ProofBundleVerifier {

    static final String FORMAT = "format";
    static final String SEAL = "seal";
    static final String INCLUSION = "inclusion";
    static final String ROOT = "root";
    static final String FILE = "file";
    static final String CMS = "cms";

    private static final Set<String> FIELDS = Set.of("version", "documentId", "entry", "receipt", "ledger",
            "sealCertificates", "cmsSeal");
    /** The bundle version this verifier reads. */
    private static final long VERSION = 1;

    private final TrustAnchors anchors;
    private final Clock clock;

    public ProofBundleVerifier(TrustAnchors anchors, Clock clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    /** A bundle as read, before its checks. */
    private record Bundle(String documentId, AnchorEntry entry, AnchorReceipt receipt, X509Certificate seal,
                          Optional<byte[]> cms) {
    }

    /** What the ledger says about a bundle's batch: the root check, and the time the seal is judged at. */
    private record Anchoring(Check root, Optional<Instant> anchoredAt) {
    }

    /** Checks the bundle against a root read from a peer, judging its seal at the time of the check. */
    public BundleVerdict verify(byte[] bundleJson, Optional<Path> file, Optional<String> anchoredRoot) {
        return verify(bundleJson, file, anchoredRoot, Optional.empty());
    }

    /**
     * Checks the bundle against a root and an anchoring time read from a peer (the batch's {@code merkleRoot}
     * and {@code anchoredAt}, or the document record's {@code anchoredAt}).
     */
    public BundleVerdict verify(byte[] bundleJson, Optional<Path> file, Optional<String> anchoredRoot,
                                Optional<Instant> anchoredAt) {
        return check(bundleJson, file, bundle -> new Anchoring(anchoredRoot.map(root -> root(bundle, root))
                .orElseGet(() -> Check.skipped(ROOT, "no anchored root was given; read batch "
                        + bundle.receipt().batchId() + " from a peer to confirm the proof is the ledger's")),
                anchoredAt));
    }

    /**
     * Checks the bundle against its batch as {@code ledger} records it (e.g. a peer's {@code findBatch}): the
     * root and size the proof must lead to, and the anchoring time its seal is judged at. A batch the ledger
     * does not hold fails the root check ({@code BATCH_NOT_ANCHORED}). Exceptions of {@code ledger} pass
     * through: a ledger that cannot answer is no verdict.
     */
    public BundleVerdict verify(byte[] bundleJson, Optional<Path> file,
                                Function<String, Optional<BatchRecord>> ledger) {
        return check(bundleJson, file, bundle -> {
            Optional<BatchRecord> batch = ledger.apply(bundle.receipt().batchId());
            return new Anchoring(batch.map(anchored -> root(bundle, anchored)).orElseGet(() -> Check.invalid(ROOT,
                    "BATCH_NOT_ANCHORED", "the ledger holds no batch " + bundle.receipt().batchId())),
                    batch.map(BatchRecord::anchoredAt));
        });
    }

    private BundleVerdict check(byte[] bundleJson, Optional<Path> file, Function<Bundle, Anchoring> ledger) {
        Bundle bundle;
        try {
            bundle = read(bundleJson);
        } catch (RuntimeException | CertificateException e) {
            return BundleVerdict.of(null, List.of(Check.invalid(FORMAT, "MALFORMED",
                    "the bundle cannot be read: " + e.getMessage())));
        }
        Anchoring anchoring = ledger.apply(bundle);
        List<Check> checks = new ArrayList<>();
        checks.add(Check.valid(FORMAT, "a version " + VERSION + " bundle for " + bundle.documentId()));
        checks.add(seal(bundle, anchoring.anchoredAt()));
        checks.add(inclusion(bundle));
        checks.add(anchoring.root());
        checks.add(file.map(path -> file(bundle, path)).orElseGet(() -> Check.skipped(FILE,
                "no file was given; the bundle proves the anchored digest " + bundle.entry().sha256())));
        checks.add(cms(bundle, file, anchoring.anchoredAt()));
        return BundleVerdict.of(bundle.documentId(), checks);
    }

    private static Bundle read(byte[] json) throws CertificateException {
        // Parsed from the bytes, strictly: text that is not UTF-8 is refused, not repaired.
        JsonObjectReader in = JsonObjectReader.of(CanonicalJson.parse(json), "proof bundle").allowOnly(FIELDS);
        if (in.integer("version") != VERSION) {
            throw new IllegalArgumentException("version " + in.integer("version") + " is not understood; "
                    + "this verifier reads version " + VERSION);
        }
        String documentId = in.string("documentId");
        AnchorEntry entry = AnchorEntry.fromJson(in.object("entry"));
        if (!entry.documentId().equals(documentId)) {
            throw new IllegalArgumentException("the entry is for " + entry.documentId() + ", not " + documentId);
        }
        List<String> certificates = in.strings("sealCertificates");
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("sealCertificates is empty");
        }
        Optional<byte[]> cms = Optional.ofNullable(in.optionalString("cmsSeal")).map(Base64.getDecoder()::decode);
        return new Bundle(documentId, entry, ReceiptJson.fromJson(in.object("receipt")),
                Certificates.fromPem(certificates.get(0)), cms);
    }

    private Check seal(Bundle bundle, Optional<Instant> anchoredAt) {
        String fingerprint = Certificates.sha256Fingerprint(bundle.seal());
        if (!fingerprint.equals(bundle.entry().sealFingerprint())) {
            return Check.invalid(SEAL, "UNKNOWN_KEY", "the bundle's seal certificate (" + fingerprint
                    + ") is not the one the entry names (" + bundle.entry().sealFingerprint() + ")");
        }
        try {
            anchors.validate(bundle.seal(), judgedAt(anchoredAt));
            EntrySeals.verify(bundle.entry(), bundle.seal());
            return Check.valid(SEAL, "sealed by " + bundle.seal().getSubjectX500Principal().getName()
                    + ", issued under a trusted root, " + anchoredAt.map(at -> "valid when anchored (" + at + ")")
                    .orElse("valid now (no anchoring time was given to judge it at)"));
        } catch (VerificationException e) {
            return Check.invalid(SEAL, e.reason().name(), e.getMessage());
        }
    }

    private Instant judgedAt(Optional<Instant> anchoredAt) {
        return anchoredAt.orElseGet(clock::instant);
    }

    private static Check inclusion(Bundle bundle) {
        try {
            bundle.receipt().verify(bundle.entry());
            return Check.valid(INCLUSION, "entry " + bundle.receipt().leafIndex() + " of "
                    + bundle.receipt().treeSize() + " in batch " + bundle.receipt().batchId() + ", transaction "
                    + bundle.receipt().transactionId() + ", block " + bundle.receipt().blockNumber());
        } catch (MerkleProofException e) {
            return Check.invalid(INCLUSION, "PROOF_MISMATCH", "the inclusion proof does not lead to the batch root: "
                    + e.getMessage());
        }
    }

    private static Check root(Bundle bundle, String anchoredRoot) {
        return bundle.receipt().merkleRoot().equalsIgnoreCase(anchoredRoot.strip())
                ? Check.valid(ROOT, "the batch root is the anchored one")
                : Check.invalid(ROOT, "ROOT_MISMATCH", "the bundle's batch root " + bundle.receipt().merkleRoot()
                        + " is not the anchored root " + anchoredRoot.strip());
    }

    private static Check root(Bundle bundle, BatchRecord batch) {
        if (!bundle.receipt().merkleRoot().equals(batch.merkleRoot())) {
            return Check.invalid(ROOT, "ROOT_MISMATCH", "the bundle's batch root " + bundle.receipt().merkleRoot()
                    + " is not the root " + batch.merkleRoot() + " the ledger holds for batch " + batch.batchId());
        }
        if (bundle.receipt().treeSize() != batch.size()) {
            return Check.invalid(ROOT, "SIZE_MISMATCH", "the bundle's receipt counts " + bundle.receipt().treeSize()
                    + " entries, but batch " + batch.batchId() + " holds " + batch.size() + " on the ledger");
        }
        return Check.valid(ROOT, "the batch root is the one the ledger holds, anchored at " + batch.anchoredAt()
                + " by " + batch.issuerMsp());
    }

    private static Check file(Bundle bundle, Path path) {
        try {
            String sha256 = StreamingDigest.of(DigestAlgorithm.SHA256, path).hex();
            return sha256.equals(bundle.entry().sha256())
                    ? Check.valid(FILE, "the file is the anchored one (SHA-256 " + sha256 + ")")
                    : Check.invalid(FILE, "DIGEST_MISMATCH", "the file's SHA-256 " + sha256
                            + " is not the anchored " + bundle.entry().sha256());
        } catch (IOException e) {
            return Check.invalid(FILE, "UNREADABLE", "cannot read " + path + ": " + e.getMessage());
        }
    }

    private Check cms(Bundle bundle, Optional<Path> file, Optional<Instant> anchoredAt) {
        if (bundle.cms().isEmpty()) {
            return Check.skipped(CMS, "the bundle carries no e-seal (a material is not sealed)");
        }
        if (file.isEmpty()) {
            return Check.skipped(CMS, "no file was given to check the e-seal over");
        }
        try {
            Clock whenAnchored = Clock.fixed(judgedAt(anchoredAt), ZoneOffset.UTC);
            VerifiedSeal seal = new CmsSealVerifier(anchors, whenAnchored).verify(file.get(), bundle.cms().get());
            return Certificates.sha256Fingerprint(seal.certificate()).equals(bundle.entry().sealFingerprint())
                    ? Check.valid(CMS, "the file's e-seal holds (" + seal.algorithm().code() + ")")
                    : Check.invalid(CMS, "UNKNOWN_KEY", "the file was sealed with another seal than the anchored one");
        } catch (VerificationException e) {
            return Check.invalid(CMS, e.reason().name(), e.getMessage());
        } catch (IOException e) {
            return Check.invalid(CMS, "UNREADABLE", "cannot read " + file.get() + ": " + e.getMessage());
        }
    }
}
