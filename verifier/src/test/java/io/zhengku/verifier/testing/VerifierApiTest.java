package io.zhengku.verifier.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.testkit.fabric.FabricNetwork;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every HTTP test of a verifier starts from: Zhejiang's verifier on its own database, reading Zhejiang's
 * real peer through a {@link PeerLink} the test may cut, licences of Shanghai's demo department anchored on the
 * channel through Shanghai's peer ({@link ChannelIssuer}), and a client. Subclasses add {@code @MicronautTest}
 * and may add properties by overriding {@link #getProperties()} and adding to {@code super.getProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class VerifierApiTest implements TestPropertyProvider {

    private static final Duration RECONNECTION = Duration.ofSeconds(60);

    /** The index's lag bound here: short, so that the outage tests see it pass soon. */
    protected static final Duration INDEX_MAX_LAG = Duration.ofSeconds(3);

    @Inject
    @Client("/")
    protected HttpClient http;

    protected final ChannelIssuer issuer = ChannelIssuer.shanghai();

    /** The verifier's way to its peer. */
    protected PeerLink peer;

    protected VerifierClient verifier;

    @Override
    public Map<String, String> getProperties() {
        if (peer == null) {
            peer = PeerLink.toOwnPeerOf("zhejiang");
        }
        Map<String, String> properties = VerifierTestEnvironment.properties();
        properties.put("zhengku.ledger.connection", peer.connectionFile().toString());
        properties.put("zhengku.verifier.index.max-lag", INDEX_MAX_LAG.toMillis() + "ms");
        return properties;
    }

    @BeforeAll
    void connect() {
        verifier = new VerifierClient(http.toBlocking());
    }

    @AfterAll
    void disconnect() {
        peer.close();
    }

    /**
     * Restores the link to the peer and waits until the verifier reads it again: its Fabric client reconnects
     * on its own schedule, and {@code /health} asks the peer through it.
     */
    protected void restorePeer() {
        peer.restore();
        boolean answering = FabricNetwork.await(RECONNECTION, () -> {
            VerifierClient.Answer health = verifier.send(HttpRequest.GET("/health"));
            return health.status() == 200 && "UP".equals(health.body().get("status"));
        });
        if (!answering) {
            throw new IllegalStateException("the verifier did not read its peer again within " + RECONNECTION);
        }
    }

    /** Waits until {@code /health} says the index is past its lag bound, as it will while the peer is cut. */
    @SuppressWarnings("unchecked")
    protected void awaitIndexLagging() {
        boolean lagging = FabricNetwork.await(RECONNECTION, () -> {
            Map<String, Object> parts = (Map<String, Object>) verifier.send(HttpRequest.GET("/health")).body()
                    .get("details");
            return parts != null && parts.get("index") instanceof Map<?, ?> index && "DOWN".equals(index.get("status"));
        });
        if (!lagging) {
            throw new IllegalStateException("the verifier's index did not pass its lag bound within " + RECONNECTION);
        }
    }

    /**
     * A new licence of Shanghai's demo department, anchored on the channel and then given {@code status}, once
     * the verifier's index holds it so.
     */
    protected Licence anchored(DocumentStatus status) {
        Licence licence = issuer.anchored(status);
        verifier.awaitIndexAt(issuer.zhejiangHeight());
        return licence;
    }
}
