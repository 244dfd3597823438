package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.testkit.LocalPostgres;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.ChannelIssuer;
import io.zhengku.verifier.testing.VerifierClient;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A verifier remembers the tokens it accepted in its database, so a restart does not open it to replays. Both
 * runs read Zhejiang's real peer.
 */
class UsedTokensSurviveRestartIT {

    @Test
    void a_token_accepted_before_a_restart_is_refused_as_replayed_after_it() {
        Map<String, String> properties = VerifierTestEnvironment.properties(LocalPostgres.shared().newDatabase());
        properties.put("zhengku.ledger.connection", FabricNetwork.shared().connectionFile("zhejiang").toString());
        Licence licence = ChannelIssuer.shanghai().anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());

        String before = verifyOnce(properties, token);
        String after = verifyOnce(properties, token);

        assertThat(before).isEqualTo("VERIFIED");
        assertThat(after).isEqualTo("TOKEN_REPLAYED");
    }

    /** Starts a verifier on the database, verifies the token, stops the verifier; returns the reason. */
    private static String verifyOnce(Map<String, String> properties, String token) {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.copyOf(properties));
                HttpClient http = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            return new VerifierClient(http.toBlocking()).verifyToken(token).reason();
        }
    }
}
