package io.zhengku.verifier.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The verifier's API as tests call it: answers as JSON maps, refusals included. */
public final class VerifierClient {

    private static final Duration INDEX_WAIT = Duration.ofSeconds(30);

    private final BlockingHttpClient http;

    public VerifierClient(BlockingHttpClient http) {
        this.http = http;
    }

    /** An answer: its status and its JSON body (a problem's for a refusal). */
    public record Answer(int status, Map<String, Object> body) {

        public String verdict() {
            return (String) body.get("verdict");
        }

        public String reason() {
            return (String) body.get("reason");
        }

        public String code() {
            return (String) body.get("code");
        }

        /** A check's field, e.g. {@code check("integrity", "reason")}. */
        @SuppressWarnings("unchecked")
        public String check(String name, String field) {
            return (String) ((Map<String, Map<String, Object>>) body.get("checks")).get(name).get(field);
        }

        /** How current the ledger state behind the answer was: {@code source}, {@code block}, the lag. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> ledger() {
            return (Map<String, Object>) body.get("ledger");
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> record() {
            return (Map<String, Object>) body.get("record");
        }
    }

    public Answer verifyFile(byte[] file) {
        return verifyFile(file, "/api/v1/verify");
    }

    /** A file presented as the document with this licence identifier or material id ({@code ?id=}). */
    public Answer verifyFileAs(byte[] file, String id) {
        return verifyFile(file, "/api/v1/verify?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    private Answer verifyFile(byte[] file, String uri) {
        MultipartBody body = MultipartBody.builder().addPart("file", "document.pdf", MediaType.APPLICATION_PDF_TYPE,
                file).build();
        return send(HttpRequest.POST(uri, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** JSON such as {@code Map.of("sha256", hex)}. */
    public Answer verify(Map<String, String> json) {
        return send(HttpRequest.POST("/api/v1/verify", json));
    }

    public Answer verifyToken(String token) {
        return verify(Map.of("token", token));
    }

    /** A picture of a QR code, as multipart part {@code picture}. */
    public Answer verifyQrPicture(byte[] picture) {
        MultipartBody body = MultipartBody.builder().addPart("picture", "qr.png", MediaType.IMAGE_PNG_TYPE, picture)
                .build();
        return send(HttpRequest.POST("/api/v1/verify/qr", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /**
     * Waits until the verifier's index (when it runs one) has applied every block below {@code peerHeight}, as
     * its {@code /health} part {@code index} says: then it holds whatever the peer held at that height.
     */
    public void awaitIndexAt(long peerHeight) {
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        while (true) {
            Map<String, Object> index = indexHealth();
            if (index == null) {
                return; // no index: every verification reads the peer
            }
            Object block = indexBlock();
            if (block instanceof Number applied && applied.longValue() >= peerHeight - 1
                    && "UP".equals(indexHealth().get("status"))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the verifier's index did not reach block " + (peerHeight - 1)
                        + " within " + INDEX_WAIT + "; its health says " + index);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The {@code /health} part {@code index}, or null when the verifier runs none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> indexHealth() {
        Map<String, Object> parts = (Map<String, Object>) send(HttpRequest.GET("/health")).body().get("details");
        return parts == null ? null : (Map<String, Object>) parts.get("index");
    }

    /** The last block the verifier's index applied, as {@code /health} says; null before the first. */
    @SuppressWarnings("unchecked")
    public Object indexBlock() {
        Map<String, Object> index = indexHealth();
        return index == null ? null : ((Map<String, Object>) index.get("details")).get("block");
    }

    /** Any request; its answer or refusal as JSON. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Answer send(HttpRequest<?> request) {
        try {
            HttpResponse<Map> response = http.exchange(request, Map.class);
            return new Answer(response.code(), response.getBody().orElse(Map.of()));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(Map.of()));
        }
    }
}
