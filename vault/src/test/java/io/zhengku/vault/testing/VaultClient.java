package io.zhengku.vault.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.util.List;
import java.util.Map;

/** The vault's HTTP API as tests call it: one method per request shape, answers as JSON maps. */
public final class VaultClient {

    private final BlockingHttpClient http;

    public VaultClient(BlockingHttpClient http) {
        this.http = http;
    }

    /** An answer: its status and its JSON body (a problem's for a refusal). */
    public record Answer(int status, Map<String, Object> body) {
        public String code() {
            return (String) body.get("code");
        }

        public String string(String name) {
            return (String) body.get(name);
        }
    }

    public Answer upload(String path, String token, String fileName, String mediaType, byte[] file, String metadata) {
        MultipartBody.Builder body = MultipartBody.builder().addPart("metadata", metadata);
        if (file != null) {
            body.addPart("file", fileName, MediaType.of(mediaType), file);
        }
        return send(withToken(HttpRequest.POST(path, body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                token));
    }

    /** A multipart request of any shape, e.g. a bulk issuance's manifest and files. */
    public Answer multipart(String path, String token, MultipartBody body) {
        return send(withToken(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token));
    }

    public Answer get(String path, String token) {
        return send(withToken(HttpRequest.GET(path), token));
    }

    public Answer post(String path, String token, Object json) {
        return send(withToken(HttpRequest.POST(path, json), token));
    }

    /**
     * A request without body, e.g. DELETE, whose answer may be anything (JSON, a file, a page): its status, and
     * its JSON body when it has one, a JSON array as {@code items}.
     */
    public Answer send(String method, String path, String token) {
        MutableHttpRequest<?> request = withToken(HttpRequest.create(HttpMethod.valueOf(method), path), token);
        try {
            HttpResponse<byte[]> response = http.exchange(request, byte[].class);
            return new Answer(response.code(), jsonOf(response));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), jsonOf(e.getResponse()));
        }
    }

    /** A request with a JSON body and any method, e.g. PUT. */
    public Answer send(String method, String path, String token, Object json) {
        return send(withToken(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path).body(json),
                token));
    }

    /** A GET without token whose answer is text. */
    public String text(String path) {
        return http.retrieve(HttpRequest.GET(path), String.class);
    }

    /** A GET whose answer is a JSON array. */
    public List<Map<String, Object>> getList(String path, String token) {
        return http.retrieve(withToken(HttpRequest.GET(path), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    public HttpResponse<byte[]> bytes(String path, String token) {
        return http.exchange(withToken(HttpRequest.GET(path), token), byte[].class);
    }

    private static <T> MutableHttpRequest<T> withToken(MutableHttpRequest<T> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonOf(HttpResponse<?> response) {
        if (!response.getContentType().map(type -> type.getSubtype().endsWith("json")).orElse(false)) {
            return Map.of();
        }
        Object body = response.getBody(Object.class).orElse(Map.of());
        return body instanceof List<?> items ? Map.of("items", items) : (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    private Answer send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<Map> response = http.exchange(request, Map.class);
            return new Answer(response.code(), response.getBody().orElse(Map.of()));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(Map.of()));
        }
    }
}
