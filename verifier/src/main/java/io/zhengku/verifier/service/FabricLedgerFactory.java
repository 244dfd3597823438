package io.zhengku.verifier.service;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.zhengku.ledger.fabric.FabricConnection;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;

/**
 * This verifier's own region's peer, when {@code zhengku.ledger.connection} (ZHENGKU_LEDGER_CONNECTION) names
 * the connection description network/up writes for the verifier's region. The description is read and checked
 * at start, so a wrong one stops the verifier naming the file; the peer itself is reached when first needed.
 */
@Factory
@Requires(property = "zhengku.ledger.connection")
public class FabricLedgerFactory {

    @Context
    @Bean(preDestroy = "close")
    OwnPeer ownPeer(@Property(name = "zhengku.ledger.connection") String file, VerifierSettings settings)
            throws IOException {
        FabricConnection connection = FabricConnection.read(Path.of(file));
        if (!connection.region().equals(settings.region())) {
            throw new IllegalStateException("the ledger connection " + file + " is " + connection.region() + "'s, but"
                    + " this verifier reads " + settings.region() + "'s own peer; give it that region's connection");
        }
        return new OwnPeer(connection);
    }

    @Singleton
    PeerStatus peerStatus(OwnPeer peer) {
        return peer::height;
    }
}
