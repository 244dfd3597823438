package io.zhengku.demo;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The vault's public licence API, as the demo uses it with one department's bearer token. */
final class VaultApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI licences;
    private final String authorization;

    VaultApi(URI vault, String token) {
        this.licences = requireNonNull(vault, "vault").resolve("/api/v1/licences");
        this.authorization = "Bearer " + requireNonNull(token, "token");
    }

    /** The newest licence in force that the caller issued to this holder, if any. */
    Optional<JsonObjectReader> newestActiveFor(String holderCode) throws IOException, InterruptedException {
        String query = "?size=1&status=ACTIVE&holderCode=" + URLEncoder.encode(holderCode, StandardCharsets.UTF_8);
        JsonObjectReader page = expect(200, send(request(URI.create(licences + query)).GET()), "list licences");
        // The vault leaves an empty list out of its answer.
        List<JsonObjectReader> items = page.has("items") ? page.objects("items", "licence") : List.of();
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    /** Issues a licence: {@code metadata} as JSON, the file as a PDF. */
    JsonObjectReader issue(String metadata, byte[] pdf) throws IOException, InterruptedException {
        return issue(metadata, pdf, "issue the sample licence");
    }

    JsonObjectReader issue(String metadata, byte[] pdf, String what) throws IOException, InterruptedException {
        byte[] body = new MultipartForm()
                .part("metadata", null, "application/json; charset=UTF-8", metadata.getBytes(StandardCharsets.UTF_8))
                .part("file", "sample-licence.pdf", "application/pdf", pdf).build();
        return expect(201, send(request(licences).header("Content-Type", MultipartForm.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))), what);
    }

    /**
     * A bulk issuance request ({@code POST /api/v1/licences/bulk}): its status and JSON body, a problem's when the
     * whole request was refused.
     */
    HttpResponse<String> issueBulk(MultipartForm form) throws IOException, InterruptedException {
        return send(request(URI.create(licences + "/bulk")).header("Content-Type", MultipartForm.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.build())));
    }

    /** The licence as the vault holds it now. */
    JsonObjectReader licence(String id) throws IOException, InterruptedException {
        return expect(200, send(request(URI.create(licences + "/" + id)).GET()), "read licence " + id);
    }

    /** Changes the licence's status ({@code {"status":"REVOKED","reasonCode":...,"reasonText":...}}). */
    JsonObjectReader changeStatus(String id, String changeJson) throws IOException, InterruptedException {
        return expect(200, send(request(URI.create(licences + "/" + id + "/status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(changeJson))), "change the status of licence " + id);
    }

    /** A 亮证 presentation of the licence: {@code token}, {@code qrPng} (base64) and {@code expiresAt}. */
    JsonObjectReader present(String licenceId, String requestJson) throws IOException, InterruptedException {
        return expect(201, send(request(URI.create(licences + "/" + licenceId + "/presentations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestJson))), "make a presentation");
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's JSON when it has the expected status; otherwise the vault's problem, in its own words. */
    private static JsonObjectReader expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("the vault refused to " + what + " (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
        return JsonObjectReader.parse(response.body(), what);
    }
}
