package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bulk requests of the size departments send, with the vault's own limits: more parts than the HTTP server's
 * default form limit of 128 are issued, and more parts than the vault's configured limit get a clear 413 rather
 * than a 500.
 */
@MicronautTest
class LargeBulkIssuanceIT extends VaultApiTest {

    private static final String BULK = "/api/v1/licences/bulk";

    @Test
    void a_request_of_more_than_128_licences_is_issued_whole() {
        int count = 150;
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        StringBuilder manifest = new StringBuilder("{\"items\":[");
        MultipartBody.Builder body = MultipartBody.builder();
        for (int i = 0; i < count; i++) {
            manifest.append(i == 0 ? "" : ",").append("{\"part\":\"l").append(i).append("\",\"metadata\":")
                    .append(licenceMetadata("LARGE-" + run + "-" + i)).append('}');
            body.addPart("l" + i, "l" + i + ".pdf", MediaType.of("application/pdf"), pdf("large bulk " + run + " " + i));
        }
        body.addPart("manifest", manifest.append("]}").toString());

        Answer answer = vault.multipart(BULK, shanghai, body.build());

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("total", count).containsEntry("issued", count)
                .containsEntry("refused", 0);
    }

    @Test
    void a_request_of_more_parts_than_the_server_takes_is_refused_with_413() {
        MultipartBody.Builder body = MultipartBody.builder().addPart("manifest", "{\"items\":[]}");
        for (int i = 0; i < 1100; i++) {
            body.addPart("p" + i, "p" + i + ".pdf", MediaType.of("application/pdf"),
                    "%PDF".getBytes(StandardCharsets.US_ASCII));
        }

        Answer answer = vault.multipart(BULK, shanghai, body.build());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.string("code")).isEqualTo("request-too-large");
    }
}
