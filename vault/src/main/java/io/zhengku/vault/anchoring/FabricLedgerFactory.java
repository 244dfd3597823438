package io.zhengku.vault.anchoring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricGateway;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.vault.fault.CrashPoints;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The region's ledger on the Fabric channel, when {@code zhengku.ledger.connection} (ZHENGKU_LEDGER_CONNECTION)
 * names the connection description network/up writes for this vault's region. Without it the vault runs
 * without a ledger and documents wait in the outbox, PENDING.
 */
@Factory
@Requires(property = "zhengku.ledger.connection")
public class FabricLedgerFactory {

    @Singleton
    FabricConnection connection(@Property(name = "zhengku.ledger.connection") String file,
                                @Property(name = "zhengku.region") String region) throws IOException {
        FabricConnection connection = FabricConnection.read(Path.of(file));
        if (!connection.region().equals(region)) {
            throw new IllegalStateException("the ledger connection " + file + " is " + connection.region() + "'s, but"
                    + " this vault is " + region + "'s (zhengku.region); give it its own region's connection");
        }
        return connection;
    }

    /** Documents anchored as the region's client identity, batched; closed (after anchoring what it accepted) at shutdown. */
    @Singleton
    @Bean(preDestroy = "close")
    FabricLedger ledger(FabricConnection connection, CrashPoints crashPoints) throws LedgerException {
        return FabricLedger.connect(connection, BatcherSettings.defaults(connection.region() + "-vault"),
                crashPoints::afterSubmit);
    }

    /** The region admin's identity, which alone may write the issuer registry. */
    @Singleton
    @Named("region-admin")
    @Bean(preDestroy = "close")
    FabricGateway regionAdmin(FabricConnection connection) throws LedgerException {
        return FabricGateway.connect(connection, FabricGateway.Signer.ADMIN);
    }
}
