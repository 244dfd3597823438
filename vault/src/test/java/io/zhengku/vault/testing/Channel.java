package io.zhengku.vault.testing;

import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.testkit.fabric.FabricNetwork;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The channel as a region's own peer holds it, independently of the vault under test: what the tests check
 * the vault's anchors and status changes against. One connection per region for the whole test run.
 */
public final class Channel {

    private static final Map<String, FabricLedger> PEERS = new HashMap<>();

    private Channel() {
    }

    /** The ledger read through {@code region}'s peer, as that region's client identity. */
    public static synchronized FabricLedger asSeenBy(String region) {
        return PEERS.computeIfAbsent(region, Channel::connect);
    }

    private static FabricLedger connect(String region) {
        try {
            FabricLedger ledger = FabricLedger.connect(FabricConnection.read(FabricNetwork.shared()
                    .connectionFile(region)), BatcherSettings.defaults(region + "-vault-test-reader"));
            Runtime.getRuntime().addShutdownHook(new Thread(ledger::close));
            return ledger;
        } catch (IOException | LedgerException e) {
            throw new IllegalStateException("cannot reach " + region + "'s peer: " + e.getMessage(), e);
        }
    }
}
