package io.zhengku.verifier.testing;

import java.util.HexFormat;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.core.merkle.MerkleTree;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.core.anchor.LastStatusChange;
import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.MetadataCommitment;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.ReceiptJson;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.digest.StreamingDigest;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.Department;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.token.PresentationTokenIssuer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Licences as the ledger would hold them once anchored, for the verifier's tests: a business licence of a demo
 * department, its salted metadata commitment, the entry sealed with the department's SM2 seal (with the file's
 * SHA-256 and SM3), the record the contract would return, and the registry's department and seal entries.
 * Tokens and proof bundles are made as the vault makes them. The integration tests anchor the entries on the
 * real channel ({@link ChannelIssuer}) and take the record the peer returns instead.
 *
 * <pre>{@code
 * Licence licence = AnchoredLicences.shanghai().anchored(DocumentStatus.ACTIVE);
 * String token = licence.token(Set.of("holderName"), Optional.empty(), AnchoredLicences.CLOCK);
 * }</pre>
 */
public final class AnchoredLicences {

    public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Instant ANCHORED_AT = NOW.minus(Duration.ofDays(30));
    public static final String BUSINESS_LICENCE = "11100000000013338W011";

    private static final Instant SEALS_FROM = NOW.minus(Duration.ofDays(365));
    /** Serials go on from the time: licences anchored on the real channel keep their ids across test runs. */
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis() / 1000);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Department department;
    private final String msp;
    private final RegionCa ca;
    private final SealCredential seal;

    private AnchoredLicences(Department department, String msp, RegionCa ca, SealCredential seal) {
        this.department = department;
        this.msp = msp;
        this.ca = ca;
        this.seal = seal;
    }

    /** Huangpu District market supervision bureau, Shanghai, with an SM2 seal. */
    public static AnchoredLicences shanghai() {
        return Issuers.SHANGHAI;
    }

    /** Hangzhou market supervision bureau, Zhejiang, with an SM2 seal. */
    public static AnchoredLicences zhejiang() {
        return Issuers.ZHEJIANG;
    }

    /** Hangzhou's bureau again, with a seal of its own that no test registers on the ledger. */
    public static AnchoredLicences unregistered() {
        return Issuers.UNREGISTERED;
    }

    /** Made once per JVM: an SM2 region CA and seal take a moment. */
    private static final class Issuers {
        static final AnchoredLicences SHANGHAI = of(DevPki.DEMO_DEPARTMENTS.get(0), "ShanghaiMSP");
        static final AnchoredLicences ZHEJIANG = of(DevPki.DEMO_DEPARTMENTS.get(2), "ZhejiangMSP");
        static final AnchoredLicences UNREGISTERED = of(DevPki.DEMO_DEPARTMENTS.get(2), "ZhejiangMSP");

        private static AnchoredLicences of(Department department, String msp) {
            RegionCa ca = RegionCa.create(department.region(), SEALS_FROM);
            return new AnchoredLicences(department, msp, ca,
                    ca.issueSeal(department, SealAlgorithm.SM2_SM3, SEALS_FROM));
        }
    }

    public String uscc() {
        return department.creditCode().toString();
    }

    public String msp() {
        return msp;
    }

    public SealCredential seal() {
        return seal;
    }

    /** The region's root certificates, which the department's seal chains to. */
    public List<X509Certificate> rootCertificates() {
        return ca.rootCertificates();
    }

    public String sealFingerprint() {
        return Certificates.sha256Fingerprint(seal.certificate());
    }

    /** The registry's entry for this department, last changed a year before now. */
    public RegisteredDepartment registeredDepartment() {
        return registeredDepartment(SEALS_FROM, List.of(BUSINESS_LICENCE));
    }

    public RegisteredDepartment registeredDepartment(Instant updatedAt, List<String> typeCodes) {
        return new RegisteredDepartment(uscc(), department.name(), msp, typeCodes, updatedAt);
    }

    /** The registry's entry for this department's seal, in service since it was issued. */
    public RegisteredSeal registeredSeal() {
        return registeredSeal(null);
    }

    public RegisteredSeal registeredSeal(Instant retiredAt) {
        try {
            return new RegisteredSeal(sealFingerprint(), "SM2", Certificates.toPem(seal.certificate()),
                    seal.certificate().getNotBefore().toInstant(), seal.certificate().getNotAfter().toInstant(),
                    uscc(), msp, SEALS_FROM, retiredAt);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new licence, valid 2026-01-01 to 2046-01-01, anchored 30 days ago with {@code status}. */
    public Licence anchored(DocumentStatus status) {
        return anchored(status, "2026-01-01", "2046-01-01");
    }

    public Licence anchored(DocumentStatus status, String validFrom, String validUntil) {
        long serial = SERIALS.incrementAndGet();
        byte[] content = ("%PDF-1.7 营业执照 " + uscc() + " " + serial).getBytes(StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("holderName", "上海示例科技有限公司");
        fields.put("holderCode", "91310000MA1FL4B24G");
        fields.put("number", "310101000" + String.format("%06d", serial));
        fields.put("validUntil", validUntil);
        MetadataCommitment.Committed metadata = MetadataCommitment.commit(fields, RANDOM);
        String id = LicenceId.mint(BUSINESS_LICENCE, uscc(), String.format("2026%06d", serial), "001").toString();
        AnchorEntry entry = EntrySeals.seal(new EntryToSeal(Digest.sha256Of(content).hex(),
                StreamingDigest.of(DigestAlgorithm.SM3, content).hex(), id,
                DocumentKind.LICENCE, BUSINESS_LICENCE, uscc(), validFrom, validUntil, metadata.commitment(),
                sealFingerprint()), seal);
        LastStatusChange change = status == DocumentStatus.ACTIVE ? null
                : new LastStatusChange(NOW.minus(Duration.ofDays(1)), "tx-status-" + serial,
                status == DocumentStatus.SUPERSEDED ? null : "ISSUER_DECISION",
                status == DocumentStatus.SUPERSEDED ? null : "decided by the issuing department",
                status == DocumentStatus.SUPERSEDED ? Digest.sha256Of(new byte[] {1}).hex() : null);
        DocumentRecord record = new DocumentRecord(entry, msp, "sh-vault1-20261028100000000-" + serial, 0,
                List.of(), "tx-anchor-" + serial, ANCHORED_AT, status, change);
        return new Licence(content, metadata, record, this);
    }

    /** The batch of one entry that anchored {@code record}, with the root its leaf makes. */
    public static BatchRecord singleBatchOf(DocumentRecord record) {
        String root = HexFormat.of().formatHex(MerkleTree.of(List.of(record.entry().leaf())).root());
        return new BatchRecord(record.batchId(), root, 1, record.issuerMsp(), record.transactionId(),
                record.anchoredAt());
    }

    /** A proof bundle's bytes and the batch root its receipt names. */
    public record ProofBundle(byte[] json, String root) {
    }

    /**
     * One anchored licence.
     *
     * @param content the licence file's bytes
     * @param metadata its fields, salts and anchored commitment
     * @param record what the ledger holds
     * @param issuer who issued it
     */
    public record Licence(byte[] content, MetadataCommitment.Committed metadata, DocumentRecord record,
                          AnchoredLicences issuer) {

        public String sha256() {
            return record.sha256();
        }

        public String id() {
            return record.entry().documentId();
        }

        /**
         * What a peer's {@code findEvidence} answers for it: it was anchored alone, so its batch's root is its
         * leaf's hash and its audit path is empty.
         */
        public VerificationEvidence evidence() {
            return new VerificationEvidence(record, singleBatchOf(record), issuer.registeredDepartment(),
                    issuer.registeredSeal());
        }

        /** The same licence with the record a peer returned for it. */
        public Licence onLedger(DocumentRecord anchored) {
            if (!anchored.entry().equals(record.entry())) {
                throw new IllegalArgumentException("the peer's record is of another entry than " + id());
            }
            return new Licence(content, metadata, anchored, issuer);
        }

        /** The proof bundle the vault gives once the licence is anchored with {@code receipt}. */
        public ProofBundle proofBundle(AnchorReceipt receipt) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("version", 1);
            json.put("documentId", id());
            json.put("entry", record.entry().toJson());
            json.put("receipt", ReceiptJson.toMap(receipt));
            json.put("ledger", Map.of("channel", "yangtze-delta", "chaincode", "zhengku"));
            try {
                json.put("sealCertificates", List.of(Certificates.toPem(issuer.seal.certificate())));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
            return new ProofBundle(CanonicalJson.encode(json), receipt.merkleRoot());
        }

        /** A token made at {@code clock}'s time, living two minutes, as the vault makes them. */
        public String token(Set<String> disclose, Optional<String> audience, Clock clock) {
            return new PresentationTokenIssuer(issuer.seal.signer(), issuer.sealFingerprint(), clock,
                    Duration.ofMinutes(2)).issue(LicenceId.parse(id()), Digest.sha256Of(content), metadata,
                    disclose, audience);
        }
    }
}
