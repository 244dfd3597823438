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
 * A verifier remembers the tokens it accepted in its database, so a restart does not open it to replays; and its
 * index resumes at its checkpoint there, rather than from block 0. Both runs read Zhejiang's real peer.
 */
class UsedTokensSurviveRestartIT {

    @Test
    void a_token_accepted_before_a_restart_is_refused_as_replayed_after_it() {
        Map<String, String> properties = VerifierTestEnvironment.properties(LocalPostgres.shared().newDatabase());
        properties.put("zhengku.ledger.connection", FabricNetwork.shared().connectionFile("zhejiang").toString());
        Licence licence = ChannelIssuer.shanghai().anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());

        Run before = verifyOnce(properties, token);
        Run after = verifyOnce(properties, token);

        assertThat(before.reason()).isEqualTo("VERIFIED");
        assertThat(after.reason()).isEqualTo("TOKEN_REPLAYED");
        assertThat(after.indexBlockAtStart()).as("a restarted verifier's index resumes at its checkpoint")
                .isNotNull();
        assertThat(((Number) after.indexBlockAtStart()).longValue()).isGreaterThanOrEqualTo(before.appliedBlock());
    }

    /** A verifier run: its token answer, the index block {@code /health} showed first, the block applied at last. */
    private record Run(String reason, Object indexBlockAtStart, long appliedBlock) {
    }

    /** Starts a verifier on the database, verifies the token once its index caught up, stops the verifier. */
    private static Run verifyOnce(Map<String, String> properties, String token) {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.copyOf(properties));
                HttpClient http = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            VerifierClient verifier = new VerifierClient(http.toBlocking());
            Object atStart = verifier.indexBlock();
            long height = ChannelIssuer.shanghai().zhejiangHeight();
            verifier.awaitIndexAt(height);
            String reason = verifier.verifyToken(token).reason();
            return new Run(reason, atStart, ((Number) verifier.indexBlock()).longValue());
        }
    }
}
