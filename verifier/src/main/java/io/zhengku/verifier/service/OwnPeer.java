package io.zhengku.verifier.service;

import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.IssuerRegistry;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RecordLedger;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricIssuerRegistry;
import io.zhengku.ledger.fabric.FabricLedger;
import java.time.Duration;

/**
 * This verifier's connection to its own region's peer, made when it is first needed and made again after an
 * attempt failed: a verifier started while its peer is unreachable answers 503 {@code ledger-unavailable} until
 * the peer answers, instead of failing its start or every request. Attempts are at least
 * {@link #RETRY_AFTER} apart, since each one sets up a Fabric client. A verifier only reads, so the ledger's
 * batcher stays idle.
 */
public final class OwnPeer implements AutoCloseable {

    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final FabricConnection connection;
    private FabricLedger ledger;
    private IssuerRegistry registry;
    private long lastFailure;
    private LedgerException failure;

    public OwnPeer(FabricConnection connection) {
        this.connection = connection;
    }

    /** How this region's peer is reached: for a block stream of its own. */
    public FabricConnection connection() {
        return connection;
    }

    /** The ledger as this region's peer holds it. */
    public RecordLedger ledger() throws LedgerException {
        return connected();
    }

    /** The issuer registry as this region's peer holds it. */
    public synchronized IssuerRegistry registry() throws LedgerException {
        connected();
        return registry;
    }

    /** The channel's height on this region's peer, asked now. */
    public long height() throws LedgerException {
        return connected().gateway().height();
    }

    private synchronized FabricLedger connected() throws LedgerException {
        if (ledger != null) {
            return ledger;
        }
        if (failure != null && System.nanoTime() - lastFailure < RETRY_AFTER.toNanos()) {
            throw failure;
        }
        try {
            ledger = FabricLedger.connect(connection, BatcherSettings.defaults(connection.region() + "-verifier"));
        } catch (LedgerException e) {
            failure = e;
            lastFailure = System.nanoTime();
            throw e;
        }
        registry = new FabricIssuerRegistry(ledger.gateway());
        return ledger;
    }

    @Override
    public synchronized void close() {
        if (ledger != null) {
            ledger.close();
        }
    }
}
