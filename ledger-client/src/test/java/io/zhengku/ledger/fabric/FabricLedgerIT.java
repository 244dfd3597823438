package io.zhengku.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.merkle.MerkleVerifier;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.Commit;
import io.zhengku.ledger.CommitStatus;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.StatusChangeRequest;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.testkit.fabric.FabricNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Fabric adapter on the real network: Shanghai anchors and changes, Zhejiang's own peer reads. */
class FabricLedgerIT {

    private static FabricLedger shanghai;
    private static FabricLedger zhejiang;
    private static RegisteredIssuer issuer;

    @BeforeAll
    static void connect() throws Exception {
        FabricNetwork network = FabricNetwork.shared();
        FabricConnection shanghaiConnection = FabricConnection.read(network.connectionFile("shanghai"));
        issuer = RegisteredIssuer.registerAsAdminOf(shanghaiConnection);
        BatcherSettings settings = BatcherSettings.defaults("sh-adapter-it").withMaxWait(Duration.ofMillis(100));
        shanghai = FabricLedger.connect(shanghaiConnection, settings);
        zhejiang = FabricLedger.connect(FabricConnection.read(network.connectionFile("zhejiang")),
                BatcherSettings.defaults("zj-adapter-it"));
    }

    @AfterAll
    static void close() {
        shanghai.close();
        zhejiang.close();
    }

    @Test
    void documents_anchored_in_shanghai_are_found_through_zhejiangs_peer_and_prove_against_its_batch_root() throws Exception {
        List<AnchorEntry> entries = new ArrayList<>();
        List<CompletableFuture<AnchorReceipt>> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(issuer.material("FIVE" + i + unique()));
            receipts.add(shanghai.anchor(entries.get(i)));
        }

        for (int i = 0; i < 5; i++) {
            AnchorReceipt receipt = committedInZhejiang(receipts.get(i).get(60, TimeUnit.SECONDS));
            DocumentRecord record = zhejiang.findByDigest(entries.get(i).sha256()).orElseThrow();
            assertThat(record.issuerMsp()).isEqualTo("ShanghaiMSP");
            assertThat(record.status()).isEqualTo(DocumentStatus.ACTIVE);
            assertThat(record.entry()).isEqualTo(entries.get(i));
            BatchRecord batch = zhejiang.findBatch(receipt.batchId()).orElseThrow();
            assertThat(batch.merkleRoot()).isEqualTo(receipt.merkleRoot());
            MerkleVerifier.verify(entries.get(i).leaf(), receipt.leafIndex(), batch.size(), receipt.proof().hashes(),
                    HexFormat.of().parseHex(batch.merkleRoot()));
            assertThat(record.auditPath()).isEqualTo(receipt.proof().hexHashes());
        }
    }

    @Test
    void one_read_of_zhejiangs_peer_gives_a_verification_everything_it_needs() throws Exception {
        AnchorEntry entry = issuer.material("EVIDENCE" + unique());
        AnchorReceipt receipt = committedInZhejiang(shanghai.anchor(entry).get(60, TimeUnit.SECONDS));

        VerificationEvidence evidence = zhejiang.findEvidence(entry.sha256()).orElseThrow();

        assertThat(evidence.record()).isEqualTo(zhejiang.findByDigest(entry.sha256()).orElseThrow());
        assertThat(evidence.batch()).isEqualTo(zhejiang.findBatch(receipt.batchId()).orElseThrow());
        assertThat(evidence.department().uscc()).isEqualTo(entry.issuerCode());
        assertThat(evidence.seal().fingerprint()).isEqualTo(entry.sealFingerprint());
        evidence.batch().verifyInclusion(evidence.record());
        assertThat(zhejiang.findEvidenceById(entry.documentId())).contains(evidence);
        assertThat(zhejiang.findEvidence("cd".repeat(32))).isEmpty();
        assertThat(zhejiang.findEvidenceById("M." + entry.issuerCode() + ".ABSENT" + unique())).isEmpty();
    }

    @Test
    void a_refused_entry_carries_the_contracts_code_and_an_unknown_digest_is_absent() throws Exception {
        AnchorEntry unregisteredType = issuer.material("REFUSED" + unique(), "11100000000013338M001",
                "ab".repeat(32));

        CompletionException refused = catchThrowableOfType(CompletionException.class,
                () -> shanghai.anchor(unregisteredType).join());

        assertThat(refused.getCause()).isInstanceOfSatisfying(LedgerException.class, e -> {
            assertThat(e.reason()).isEqualTo(LedgerException.Reason.REFUSED);
            assertThat(e.refusalCode()).contains(RefusalCode.TYPE_NOT_REGISTERED);
        });
        assertThat(zhejiang.findByDigest("ab".repeat(32))).isEmpty();
        assertThat(zhejiang.findBatch("no-such-batch")).isEmpty();
    }

    @Test
    void a_revocation_goes_through_the_ledger_and_another_region_cannot_make_one() throws Exception {
        AnchorEntry entry = issuer.material("REVOKED" + unique());
        shanghai.anchor(entry).get(60, TimeUnit.SECONDS);

        LedgerException foreign = catchThrowableOfType(LedgerException.class, () -> zhejiang.changeStatus(
                new StatusChangeRequest.Revoke(entry.sha256(), "ISSUED_IN_ERROR", "Zhejiang tries")));
        DocumentRecord revoked = shanghai.changeStatus(
                new StatusChangeRequest.Revoke(entry.sha256(), "ISSUED_IN_ERROR", "issued in error"));

        assertThat(foreign.refusalCode()).contains(RefusalCode.FOREIGN_REGION);
        assertThat(revoked.status()).isEqualTo(DocumentStatus.REVOKED);
        zhejiang.gateway().awaitCommit(revoked.lastChange().transactionId());
        assertThat(zhejiang.findByDigest(entry.sha256()).orElseThrow().status()).isEqualTo(DocumentStatus.REVOKED);
        assertThat(zhejiang.history(entry.sha256())).hasSize(2);
    }

    @Test
    void the_commit_of_a_transaction_submitted_elsewhere_is_read_from_the_own_peer() throws Exception {
        AnchorReceipt receipt = shanghai.anchor(issuer.material("COMMIT" + unique())).get(60, TimeUnit.SECONDS);

        Commit commit = zhejiang.gateway().awaitCommit(receipt.transactionId());

        assertThat(commit.status()).isEqualTo(CommitStatus.VALID);
        assertThat(commit.blockNumber()).isEqualTo(receipt.blockNumber());
    }

    /** Shanghai's client saw the commit on Shanghai's peer; Zhejiang's peer may commit the block a moment later. */
    private static AnchorReceipt committedInZhejiang(AnchorReceipt receipt) throws LedgerException {
        zhejiang.gateway().awaitCommit(receipt.transactionId());
        return receipt;
    }

    /** A serial part no earlier run used: the time in base 36. */
    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    }
}
