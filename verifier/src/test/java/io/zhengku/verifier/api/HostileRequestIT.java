package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What hostile or careless relying parties send; each gets a problem with a stable code and nothing breaks. */
@MicronautTest
class HostileRequestIT extends VerifierApiTest {

    private static final int MAX_FILE_BYTES = 64 * 1024;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("zhengku.verifier.max-file-bytes", String.valueOf(MAX_FILE_BYTES));
        return properties;
    }

    /** The peer is cut off meanwhile: had the verifier asked it, the answer would be 503 ledger-unavailable. */
    @Test
    void a_file_over_the_limit_is_refused_and_the_peer_is_not_asked() {
        peer.cut();
        Answer answer;
        try {
            answer = verifier.verifyFile(new byte[MAX_FILE_BYTES + 1]);
        } finally {
            restorePeer();
        }

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.code()).isEqualTo("file-too-large");
        assertThat((String) answer.body().get("detail")).contains("SHA-256");
    }

    @Test
    void an_empty_file_is_refused() {
        Answer answer = verifier.verifyFile(new byte[0]);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("file-empty");
    }

    @Test
    void a_multipart_request_without_a_file_part_says_what_to_send() {
        MultipartBody body = MultipartBody.builder().addPart("document", "x.pdf", MediaType.APPLICATION_PDF_TYPE,
                new byte[] {1}).build();

        Answer answer = verifier.send(HttpRequest.POST("/api/v1/verify", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.code()).isNotNull();
        assertThat(answer.body().toString()).contains("file");
    }

    @Test
    void a_body_over_the_json_limit_is_refused_before_it_is_read() {
        Answer answer = verifier.verify(Map.of("token", "A".repeat(RequestLimits.MAX_BODY_BYTES)));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.code()).isEqualTo("request-too-large");
    }

    @Test
    void an_overlong_token_is_refused_by_its_own_code() {
        Answer answer = verifier.verifyToken("ZK1." + "A".repeat(3000));

        assertThat(answer.verdict()).isEqualTo("INVALID");
        assertThat(answer.reason()).isEqualTo("TOKEN_TOO_LARGE");
    }

    @Test
    void garbage_as_a_token_is_malformed_not_an_error() {
        for (String garbage : new String[] {"", "ZK1.", "ZK1.a.b", "not a token", "ZK1.%%%.%%%", "\u0000\u0001"}) {
            Answer answer = verifier.verifyToken(garbage);

            assertThat(answer.status()).as(garbage).isEqualTo(200);
            assertThat(answer.verdict()).as(garbage).isEqualTo("INVALID");
            assertThat(answer.reason()).as(garbage).startsWith("TOKEN_");
        }
    }

    @Test
    void malformed_json_and_wrong_media_types_get_problems() {
        Answer malformed = verifier.send(HttpRequest.POST("/api/v1/verify", "{\"sha256\": ").contentType(
                MediaType.APPLICATION_JSON_TYPE));
        Answer text = verifier.send(HttpRequest.POST("/api/v1/verify", "abc")
                .contentType(MediaType.TEXT_PLAIN_TYPE));
        Answer wrongType = verifier.verify(Map.of("sha256", "ab".repeat(32), "id", ""));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("bad-request");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.code()).isEqualTo("unsupported-media-type");
        assertThat(wrongType.code()).isEqualTo("one-thing-to-verify");
    }

    @Test
    void a_misspelt_field_is_answered_with_the_names_to_use() {
        Answer answer = verifier.verify(Map.of("sha", "ab".repeat(32)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("one-thing-to-verify");
        assertThat((String) answer.body().get("detail")).contains("\"sha256\"", "\"id\"", "\"token\"");
    }
}
