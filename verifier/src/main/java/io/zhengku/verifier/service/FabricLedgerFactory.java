package io.zhengku.verifier.service;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.IssuerRegistry;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricIssuerRegistry;
import io.zhengku.ledger.fabric.FabricLedger;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;

/**
 * This verifier's own region's peer, when {@code zhengku.ledger.connection} (ZHENGKU_LEDGER_CONNECTION) names
 * the connection description network/up writes for the verifier's region. A verifier only reads: it anchors
 * nothing, so the ledger's batcher stays idle.
 */
@Factory
@Requires(property = "zhengku.ledger.connection")
public class FabricLedgerFactory {

    @Singleton
    @Bean(preDestroy = "close")
    FabricLedger ledger(@Property(name = "zhengku.ledger.connection") String file, VerifierSettings settings)
            throws IOException, LedgerException {
        FabricConnection connection = FabricConnection.read(Path.of(file));
        if (!connection.region().equals(settings.region())) {
            throw new IllegalStateException("the ledger connection " + file + " is " + connection.region() + "'s, but"
                    + " this verifier reads " + settings.region() + "'s own peer; give it that region's connection");
        }
        return FabricLedger.connect(connection, BatcherSettings.defaults(connection.region() + "-verifier"));
    }

    @Singleton
    IssuerRegistry issuerRegistry(FabricLedger ledger) {
        return new FabricIssuerRegistry(ledger.gateway());
    }

    @Singleton
    PeerStatus peerStatus(FabricLedger ledger) {
        return ledger.gateway()::height;
    }
}
