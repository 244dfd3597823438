package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.ChannelIssuer;
import io.zhengku.verifier.testing.VerifierClient;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Zhejiang's verifier on Zhejiang's real peer, its index disabled so that every read asks the peer: licences of Shanghai's demo department, anchored through
 * Shanghai's peer, are VALID by file, digest, id and 亮证 token; revoked on the channel, REVOKED; never
 * anchored, UNKNOWN. Nothing here is a double.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZhejiangPeerIT implements TestPropertyProvider {

    private static final ChannelIssuer ISSUER = ChannelIssuer.shanghai();

    @Inject
    @Client("/")
    HttpClient http;

    private VerifierClient verifier;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = VerifierTestEnvironment.properties();
        properties.put("zhengku.ledger.connection", FabricNetwork.shared().connectionFile("zhejiang").toString());
        properties.put("zhengku.verifier.index.enabled", "false"); // the peer-read path; the other ITs use the index
        return properties;
    }

    @BeforeAll
    void connect() {
        verifier = new VerifierClient(http.toBlocking());
    }

    @Test
    void a_licence_anchored_in_shanghai_is_valid_in_zhejiang_by_file_digest_id_and_token() {
        Licence licence = ISSUER.anchored(DocumentStatus.ACTIVE);

        assertThat(verifier.verifyFile(licence.content()).verdict()).isEqualTo("VALID");
        Answer byDigest = verifier.verify(Map.of("sha256", licence.sha256()));
        assertThat(byDigest.verdict()).isEqualTo("VALID");
        assertThat(byDigest.ledger()).containsEntry("source", "peer").containsEntry("blocksBehind", 0);
        Answer byId = verifier.verify(Map.of("id", licence.id()));
        assertThat(byId.verdict()).isEqualTo("VALID");
        assertThat(byId.check("issuer", "reason")).isEqualTo("SEAL_REGISTERED");
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());
        assertThat(verifier.verifyToken(token).verdict()).isEqualTo("VALID");
    }

    @Test
    void a_licence_revoked_on_the_channel_is_revoked_in_zhejiang() {
        Licence licence = ISSUER.anchored(DocumentStatus.REVOKED);
        verifier.awaitIndexAt(ISSUER.zhejiangHeight());

        assertThat(verifier.verify(Map.of("sha256", licence.sha256())).verdict()).isEqualTo("REVOKED");
    }

    @Test
    void a_file_never_anchored_is_unknown() {
        Answer answer = verifier.verifyFile(("%PDF-1.7 never anchored " + System.nanoTime()).getBytes());

        assertThat(answer.verdict()).isEqualTo("UNKNOWN");
        assertThat(answer.reason()).isEqualTo("NOT_ANCHORED");
    }

    @Test
    void health_asks_the_peer_and_reports_its_height() {
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(String.valueOf(health)).contains("reachable").containsPattern("height=\\d+");
    }

    @Test
    void health_tells_anonymous_callers_the_ledgers_state_but_no_configuration() {
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
        Map<?, ?> ledger = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) health.get("details")).get("ledger")).get("details");

        assertThat(ledger.keySet()).map(String::valueOf).containsExactlyInAnyOrder("region", "peer", "height");
        assertThat(String.valueOf(health))
                .contains("database={name=zhengku-verifier, status=UP, details={database=reachable}}");
        assertThat(String.valueOf(health)).doesNotContain(FabricNetwork.shared().connectionFile("zhejiang").toString())
                .doesNotContain("127.0.0.1").doesNotContain("jdbc:").doesNotContain("zhengku_verifier")
                .doesNotContain("ZhejiangMSP");
    }
}
