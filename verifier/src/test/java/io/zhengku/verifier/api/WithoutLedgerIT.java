package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.zhengku.verifier.testing.VerifierClient;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A verifier started without a ledger connection ({@code zhengku.ledger.connection} unset), so no ledger bean.
 * It must say so and verify nothing, rather than answer from anything but its peer.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithoutLedgerIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return VerifierTestEnvironment.properties();
    }

    @Test
    void every_verification_is_refused_as_ledger_unavailable_with_what_to_do() {
        Answer answer = new VerifierClient(http.toBlocking()).verify(Map.of("sha256", "ab".repeat(32)));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.code()).isEqualTo("ledger-unavailable");
        assertThat((String) answer.body().get("detail")).contains("zhejiang", "./zk verify bundle");
        assertThat(answer.verdict()).isNull();
    }

    @Test
    void health_names_the_missing_peer_without_reporting_down() {
        Map<String, Object> health;
        try {
            health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException e) {
            throw new AssertionError("/health answered " + e.code(), e);
        }

        assertThat(health.toString()).contains("ledger", "UNKNOWN", "zhengku.ledger.connection is not set");
    }

    @Test
    void a_bundle_check_without_configured_roots_says_what_to_set() {
        Answer answer;
        try {
            answer = new Answer(200, http.toBlocking().retrieve(HttpRequest.POST("/api/v1/verify/bundle", "{}"),
                    Argument.mapOf(String.class, Object.class)));
        } catch (HttpClientResponseException e) {
            answer = new Answer(e.code(), e.getResponse().getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(Map.of()));
        }

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.code()).isEqualTo("no-trust-roots");
        assertThat((String) answer.body().get("detail")).contains("zhengku.verifier.trust-roots");
    }

    @Test
    void a_receipt_asked_of_a_verifier_without_a_receipt_key_is_refused_before_anything_is_verified() {
        Answer answer = new VerifierClient(http.toBlocking()).send(HttpRequest.POST("/api/v1/verify?receipt=true",
                Map.of("sha256", "ab".repeat(32))));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.code()).isEqualTo("no-receipt-key");
    }

    @Test
    void the_openapi_document_is_served() {
        String document = http.toBlocking().retrieve("/openapi/zhengku-verifier-1.yml");

        assertThat(document).contains("/api/v1/verify");
    }
}
