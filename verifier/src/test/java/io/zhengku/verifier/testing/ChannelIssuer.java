package io.zhengku.verifier.testing;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.StatusChangeRequest;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricGateway;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.AnchoredLicences.ProofBundle;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A demo department on the real channel, for the verifier's integration tests: registered by its region's
 * admin (allowed business licences, with this JVM's SM2 seal) once per JVM, anchoring and changing statuses
 * through its region's peer. A licence is handed back once Zhejiang's peer — the one the verifiers under test
 * read — holds it with its final status, since blocks reach the peers one after the other.
 *
 * <pre>{@code
 * Licence revoked = ChannelIssuer.shanghai().anchored(DocumentStatus.REVOKED);
 * }</pre>
 */
public final class ChannelIssuer {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String REASON_CODE = "ISSUER_DECISION";
    private static final String READ_BY_VERIFIERS = "zhejiang";

    private final AnchoredLicences issuer;
    private final FabricLedger own;
    private final FabricLedger zhejiang;

    private ChannelIssuer(AnchoredLicences issuer, FabricLedger own, FabricLedger zhejiang) {
        this.issuer = issuer;
        this.own = own;
        this.zhejiang = zhejiang;
    }

    /** Huangpu District's bureau, through Shanghai's peer; registered on first use, closed when the JVM ends. */
    public static ChannelIssuer shanghai() {
        return Shanghai.ISSUER;
    }

    /** Hangzhou's bureau, through Zhejiang's peer; registered on first use, closed when the JVM ends. */
    public static ChannelIssuer zhejiang() {
        return Zhejiang.ISSUER;
    }

    private static final class Shanghai {
        static final ChannelIssuer ISSUER = connect(AnchoredLicences.shanghai(), "shanghai");
    }

    private static final class Zhejiang {
        static final ChannelIssuer ISSUER = connect(AnchoredLicences.zhejiang(), READ_BY_VERIFIERS);
    }

    private static ChannelIssuer connect(AnchoredLicences issuer, String region) {
        try {
            FabricNetwork network = FabricNetwork.shared();
            FabricConnection connection = FabricConnection.read(network.connectionFile(region));
            register(issuer, connection);
            FabricLedger own = FabricLedger.connect(connection, BatcherSettings.defaults(region + "-verifier-it"));
            FabricLedger zhejiang = region.equals(READ_BY_VERIFIERS) ? own : FabricLedger.connect(
                    FabricConnection.read(network.connectionFile(READ_BY_VERIFIERS)),
                    BatcherSettings.defaults("zhejiang-reader-it"));
            ChannelIssuer connected = new ChannelIssuer(issuer, own, zhejiang);
            Runtime.getRuntime().addShutdownHook(new Thread(connected::close, "channel-issuer-close"));
            return connected;
        } catch (IOException | LedgerException e) {
            throw new IllegalStateException("the verifier tests' issuer " + issuer.uscc()
                    + " could not be registered on the channel", e);
        }
    }

    /**
     * Makes sure the department may issue business licences and this JVM's seal is registered to it. Types
     * another test run (or the vault) registered stay: the registry keeps one list per department.
     */
    private static void register(AnchoredLicences issuer, FabricConnection region) throws LedgerException {
        try (FabricGateway admin = FabricGateway.connect(region, FabricGateway.Signer.ADMIN)) {
            Optional<RegisteredDepartment> registered = admin.evaluate(RegisteredDepartment::parse, "findDepartment",
                    issuer.uscc());
            if (registered.isEmpty()) {
                admin.submit("registerDepartment", departmentRequest(issuer.uscc(),
                        issuer.registeredDepartment().name(), List.of(AnchoredLicences.BUSINESS_LICENCE))).awaitValid();
            } else if (!registered.get().mayIssue(AnchoredLicences.BUSINESS_LICENCE)) {
                List<String> types = new ArrayList<>(registered.get().typeCodes());
                types.add(AnchoredLicences.BUSINESS_LICENCE);
                admin.submit("updateDepartment", departmentRequest(issuer.uscc(), registered.get().name(), types))
                        .awaitValid();
            }
            if (admin.evaluate(RegisteredSeal::parse, "findSeal", issuer.sealFingerprint()).isEmpty()) {
                admin.submit("registerSeal", issuer.uscc(), Certificates.toPem(issuer.seal().certificate()))
                        .awaitValid();
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String departmentRequest(String uscc, String name, List<String> typeCodes) {
        return CanonicalJson.encodeToString(Map.of("uscc", uscc, "name", name, "typeCodes", typeCodes));
    }

    /**
     * Zhejiang's peer's height now: once a verifier's index has applied the block before it, the index holds
     * everything this issuer made so far, status changes included.
     */
    public long zhejiangHeight() {
        try {
            return zhejiang.gateway().height();
        } catch (LedgerException e) {
            throw new IllegalStateException("Zhejiang's peer could not be read", e);
        }
    }

    /** The department and seal whose licences these are. */
    public AnchoredLicences issuer() {
        return issuer;
    }

    /** A new licence, made but never anchored: the ledger knows nothing of it. */
    public Licence neverAnchored() {
        return issuer.anchored(DocumentStatus.ACTIVE);
    }

    /**
     * A new licence anchored on the channel and, unless {@code status} is ACTIVE, then suspended, revoked or
     * superseded (by another new licence) there; as Zhejiang's peer records it.
     */
    public Licence anchored(DocumentStatus status) {
        Licence licence = neverAnchored();
        anchor(licence);
        // A change is endorsed by Zhejiang's peer too, which must hold the record first.
        DocumentRecord anchored = onZhejiangPeer(licence, DocumentStatus.ACTIVE);
        if (status == DocumentStatus.ACTIVE) {
            return licence.onLedger(anchored);
        }
        change(changeTo(status, licence));
        return licence.onLedger(onZhejiangPeer(licence, status));
    }

    /** Revokes an anchored licence on the channel; returns once Zhejiang's peer shows it REVOKED. */
    public Licence revoke(Licence licence) {
        change(changeTo(DocumentStatus.REVOKED, licence));
        return licence.onLedger(onZhejiangPeer(licence, DocumentStatus.REVOKED));
    }

    /** A new licence anchored on the channel, and the proof bundle the vault would give for it. */
    public ProofBundle anchoredBundle() {
        Licence licence = neverAnchored();
        AnchorReceipt receipt = anchor(licence);
        onZhejiangPeer(licence, DocumentStatus.ACTIVE);
        return licence.proofBundle(receipt);
    }

    private AnchorReceipt anchor(Licence licence) {
        try {
            return own.anchor(licence.record().entry()).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("licence " + licence.id() + " could not be anchored", e);
        }
    }

    private StatusChangeRequest changeTo(DocumentStatus status, Licence licence) {
        return switch (status) {
            case SUSPENDED -> new StatusChangeRequest.Suspend(licence.sha256(), REASON_CODE,
                    "suspended by a verifier test");
            case REVOKED -> new StatusChangeRequest.Revoke(licence.sha256(), REASON_CODE, "revoked by a verifier test");
            case SUPERSEDED -> new StatusChangeRequest.Supersede(licence.sha256(),
                    anchored(DocumentStatus.ACTIVE).sha256());
            case ACTIVE -> throw new IllegalArgumentException("an anchored licence is ACTIVE without a change");
        };
    }

    private void change(StatusChangeRequest request) {
        try {
            own.changeStatus(request);
        } catch (LedgerException e) {
            throw new IllegalStateException(request.transactionName() + " of " + request.sha256() + " failed", e);
        }
    }

    /** The licence's record once Zhejiang's peer has it with {@code status}. */
    private DocumentRecord onZhejiangPeer(Licence licence, DocumentStatus status) {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        Optional<DocumentRecord> seen = Optional.empty();
        while (System.nanoTime() < deadline) {
            try {
                seen = zhejiang.findByDigest(licence.sha256());
            } catch (LedgerException e) {
                throw new IllegalStateException("Zhejiang's peer could not be read", e);
            }
            if (seen.isPresent() && seen.get().status() == status) {
                return seen.get();
            }
            sleep();
        }
        throw new IllegalStateException("Zhejiang's peer did not show " + licence.id() + " as " + status + " within "
                + PROPAGATION + "; it shows " + seen);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void close() {
        own.close();
        if (zhejiang != own) {
            zhejiang.close();
        }
    }
}
