package io.zhengku.bench.issuance;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** The vault's licence API over {@link HttpClient}, HTTP/1.1 with kept-alive connections. */
public final class VaultHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BULK_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI licences;
    private final String authorization;

    public VaultHttp(URI vault, String token) {
        this.licences = requireNonNull(vault, "vault").resolve("/api/v1/licences");
        this.authorization = "Bearer " + requireNonNull(token, "token");
    }

    /**
     * One request's outcome: the HTTP status (0 when no answer came, {@code body} then saying why), when it was
     * sent by the wall clock, and how long the answer took.
     */
    public record Answer(int status, String body, Instant sentAt, long nanos) {
    }

    /** One licence ({@code POST /api/v1/licences}) with a body made by {@link Upload}. */
    public Answer issue(Upload upload) {
        return send(HttpRequest.newBuilder(licences).timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", Upload.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()))
                .build());
    }

    /** A bulk issuance request ({@code POST /api/v1/licences/bulk}) with a body made by {@link BulkUpload}. */
    public Answer issueBulk(BulkUpload upload) {
        return send(HttpRequest.newBuilder(URI.create(licences + "/bulk")).timeout(BULK_TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", Upload.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()))
                .build());
    }

    Answer read(String id) {
        return send(HttpRequest.newBuilder(URI.create(licences + "/" + id)).timeout(TIMEOUT)
                .header("Authorization", authorization).GET().build());
    }

    /** One page of the caller's department's licences as JSON ({@code GET /api/v1/licences}). */
    public String listLicences(int page, int size) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(licences + "?page=" + page + "&size=" + size))
                .timeout(TIMEOUT).header("Authorization", authorization).GET().build());
        if (answer.status() != 200) {
            throw new IllegalStateException("the vault's licence listing answered HTTP " + answer.status() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    /** How many licences the caller's department has in the vault, or -1 when the listing cannot be read. */
    long licenceCount() {
        Answer page = send(HttpRequest.newBuilder(URI.create(licences + "?size=1")).timeout(TIMEOUT)
                .header("Authorization", authorization).GET().build());
        return page.status() == 200 ? JsonObjectReader.parse(page.body(), "licence page").integer("total") : -1;
    }

    /** The detached CMS seal of a licence, or {@code null} when it cannot be read. */
    byte[] seal(String id) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(licences + "/" + id + "/seal")).timeout(TIMEOUT)
                .header("Authorization", authorization).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Answer send(HttpRequest request) {
        Instant sentAt = Instant.now();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), sentAt, System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, e.toString(), sentAt, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", sentAt, System.nanoTime() - start);
        }
    }
}
