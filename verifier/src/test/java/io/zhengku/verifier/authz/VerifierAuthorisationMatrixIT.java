package io.zhengku.verifier.authz;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier's authorisation matrix ({@link VerifierMatrix}) run against Zhejiang's verifier on its real
 * peer: each row is answered as the matrix says, without a token and with a region admin's, which the
 * verifier must neither need nor heed.
 */
@MicronautTest
class VerifierAuthorisationMatrixIT extends VerifierApiTest {

    /** A token of the vaults' shape (a Shanghai region admin's); the verifier holds no key to check it with. */
    private static final String ADMIN_TOKEN = base64("{\"alg\":\"HS256\"}") + "."
            + base64("{\"sub\":\"shanghai\",\"roles\":[\"region-admin\"],\"region\":\"shanghai\"}") + "."
            + base64("not a signature");

    @Override
    public Map<String, String> getProperties() {
        return VerifierTestEnvironment.withTrustRoots(super.getProperties(), issuer.issuer().rootCertificates());
    }

    /** Until the index holds the channel, a verification answers 503 ledger-lagging to anyone. */
    @BeforeAll
    void awaitIndex() {
        verifier.awaitIndexAt(issuer.zhejiangHeight());
    }

    static Stream<Arguments> cells() {
        return VerifierMatrix.rows().stream().flatMap(row -> Stream.of(
                Arguments.of("anonymous", row), Arguments.of("a region admin's token", row)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cells")
    void anyone_is_answered_as_the_matrix_says(String caller, VerifierMatrix.Row row) {
        MutableHttpRequest<?> request = row.request().get();
        if (!caller.equals("anonymous")) {
            request.bearerAuth(ADMIN_TOKEN);
        }

        Answer answer = send(request);

        assertThat(answer.status()).as("%s: %s answered %s", caller, row, answer.body()).isEqualTo(row.status());
        if (row.code() != null) {
            assertThat(answer.body().get("code")).as("%s: %s answered %s", caller, row, answer.body())
                    .isEqualTo(row.code());
        }
    }

    /** A status and, when the answer is a problem, its fields; pages and metrics are not JSON. */
    private record Answer(int status, Map<String, Object> body) {
    }

    private Answer send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<byte[]> response = http.toBlocking().exchange(request, byte[].class);
            return new Answer(response.code(), Map.of());
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(Map.of()));
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
