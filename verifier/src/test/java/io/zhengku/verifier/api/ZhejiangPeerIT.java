package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.StatusChangeRequest;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricGateway;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.verifier.testing.AnchoredLicences;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.VerifierClient;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Zhejiang's verifier on Zhejiang's real peer: licences of Shanghai's demo department, anchored through
 * Shanghai's peer, are VALID by file, digest, id and 亮证 token; revoked on the channel, REVOKED; never
 * anchored, UNKNOWN. Nothing here is a double.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZhejiangPeerIT implements TestPropertyProvider {

    private static final AnchoredLicences ISSUER = AnchoredLicences.shanghai();

    @Inject
    @Client("/")
    HttpClient http;

    private VerifierClient verifier;
    private FabricLedger shanghai;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = VerifierTestEnvironment.properties();
        properties.put("zhengku.ledger.connection", FabricNetwork.shared().connectionFile("zhejiang").toString());
        return properties;
    }

    @BeforeAll
    void registerTheIssuerOnTheChannel() throws Exception {
        verifier = new VerifierClient(http.toBlocking());
        FabricConnection connection = FabricConnection.read(FabricNetwork.shared().connectionFile("shanghai"));
        try (FabricGateway admin = FabricGateway.connect(connection, FabricGateway.Signer.ADMIN)) {
            if (admin.evaluate(RegisteredDepartment::parse, "findDepartment", ISSUER.uscc())
                    .filter(department -> department.mayIssue(AnchoredLicences.BUSINESS_LICENCE)).isEmpty()) {
                admin.submit(admin.evaluate("findDepartment", ISSUER.uscc()).isPresent() ? "updateDepartment"
                        : "registerDepartment", CanonicalJson.encodeToString(Map.of("uscc", ISSUER.uscc(),
                        "name", "上海市黄浦区市场监督管理局", "typeCodes", List.of(AnchoredLicences.BUSINESS_LICENCE))))
                        .awaitValid();
            }
            if (admin.evaluate(RegisteredSeal::parse, "findSeal", ISSUER.sealFingerprint()).isEmpty()) {
                admin.submit("registerSeal", ISSUER.uscc(), Certificates.toPem(ISSUER.seal().certificate())).awaitValid();
            }
        }
        shanghai = FabricLedger.connect(connection, BatcherSettings.defaults("sh-verifier-it"));
    }

    @AfterAll
    void close() {
        shanghai.close();
    }

    @Test
    void a_licence_anchored_in_shanghai_is_valid_in_zhejiang_by_file_digest_id_and_token() throws Exception {
        Licence licence = anchored();

        assertThat(verifier.verifyFile(licence.content()).verdict()).isEqualTo("VALID");
        assertThat(verifier.verify(Map.of("sha256", licence.sha256())).verdict()).isEqualTo("VALID");
        Answer byId = verifier.verify(Map.of("id", licence.id()));
        assertThat(byId.verdict()).isEqualTo("VALID");
        assertThat(byId.check("issuer", "reason")).isEqualTo("SEAL_REGISTERED");
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());
        assertThat(verifier.verifyToken(token).verdict()).isEqualTo("VALID");
    }

    @Test
    void a_licence_revoked_on_the_channel_is_revoked_in_zhejiang() throws Exception {
        Licence licence = anchored();

        shanghai.changeStatus(new StatusChangeRequest.Revoke(licence.sha256(), "ISSUER_DECISION", "revoked by a test"));

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

    private Licence anchored() throws Exception {
        Licence licence = ISSUER.anchored(DocumentStatus.ACTIVE);
        shanghai.anchor(licence.record().entry()).get(60, TimeUnit.SECONDS);
        return licence;
    }
}
