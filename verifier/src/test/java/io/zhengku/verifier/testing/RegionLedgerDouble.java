package io.zhengku.verifier.testing;

import io.micronaut.context.annotation.Requires;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.IssuerRegistry;
import io.zhengku.ledger.Ledger;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.StatusChangeRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test double of one region's peer as a verifier reads it, standing in for the Fabric network that cannot be
 * built on these machines: it holds the records and registry entries a test puts there, counts the reads,
 * and can be told to fail like an unreachable peer. Only on the test classpath, in the {@code ledger-double}
 * environment; a verifier never writes to the ledger, so writing here fails.
 */
@Singleton
@Requires(env = RegionLedgerDouble.ENVIRONMENT)
public class RegionLedgerDouble implements Ledger, IssuerRegistry {

    public static final String ENVIRONMENT = "ledger-double";

    private final Map<String, DocumentRecord> byDigest = new ConcurrentHashMap<>();
    private final Map<String, DocumentRecord> byId = new ConcurrentHashMap<>();
    private final Map<String, RegisteredDepartment> departments = new ConcurrentHashMap<>();
    private final Map<String, RegisteredSeal> seals = new ConcurrentHashMap<>();
    private final AtomicReference<LedgerException> failure = new AtomicReference<>();
    private final AtomicInteger reads = new AtomicInteger();

    /** Puts the licence's record and its issuer's registry entries on this peer. */
    public void anchor(AnchoredLicences.Licence licence) {
        put(licence.record());
        register(licence.issuer());
    }

    public void put(DocumentRecord record) {
        byDigest.put(record.sha256(), record);
        byId.put(record.entry().documentId(), record);
    }

    public void register(AnchoredLicences issuer) {
        departments.put(issuer.uscc(), issuer.registeredDepartment());
        seals.put(issuer.sealFingerprint(), issuer.registeredSeal());
    }

    /** Makes every following read fail with {@code next}, or succeed again with {@code null}. */
    public void failWith(LedgerException next) {
        failure.set(next);
    }

    public int reads() {
        return reads.get();
    }

    @Override
    public Optional<DocumentRecord> findByDigest(String sha256) throws LedgerException {
        return read(byDigest, sha256);
    }

    @Override
    public Optional<DocumentRecord> findById(String documentId) throws LedgerException {
        return read(byId, documentId);
    }

    @Override
    public Optional<RegisteredDepartment> findDepartment(String uscc) throws LedgerException {
        return read(departments, uscc);
    }

    @Override
    public Optional<RegisteredSeal> findSeal(String fingerprint) throws LedgerException {
        return read(seals, fingerprint);
    }

    private <T> Optional<T> read(Map<String, T> map, String key) throws LedgerException {
        reads.incrementAndGet();
        LedgerException failing = failure.get();
        if (failing != null) {
            throw failing;
        }
        return Optional.ofNullable(map.get(key));
    }

    @Override
    public CompletableFuture<AnchorReceipt> anchor(AnchorEntry entry) {
        throw new UnsupportedOperationException("a verifier never anchors");
    }

    @Override
    public DocumentRecord changeStatus(StatusChangeRequest request) {
        throw new UnsupportedOperationException("a verifier never changes a status");
    }

    @Override
    public List<DocumentVersion> history(String sha256) {
        throw new UnsupportedOperationException("a verifier does not read history");
    }

    @Override
    public Optional<BatchRecord> findBatch(String batchId) {
        throw new UnsupportedOperationException("a verifier does not read batches");
    }
}
