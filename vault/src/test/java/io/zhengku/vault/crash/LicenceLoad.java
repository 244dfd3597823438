package io.zhengku.vault.crash;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.vault.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Issues licences as a department's clients would, from several threads over plain HTTP, each with its own
 * number and file, and keeps what every request came to: acknowledged (201), refused (any other answer) or
 * unanswered (the connection failed, so the client cannot know whether the vault kept it).
 */
final class LicenceLoad {

    private static final String BOUNDARY = "zhengku-crash-test-boundary";
    /** How long a client waits after a failed connection before it tries the next licence. */
    private static final Duration BACKOFF = Duration.ofMillis(100);

    /** A request's licence: its number and the SHA-256 of its file. */
    record Licence(String number, String sha256) {
    }

    /** A 201: the identifier the vault minted and the SHA-256 it says it stored. */
    record Acknowledged(Licence licence, String id, String storedSha256) {
    }

    record Refused(Licence licence, int status, String body) {
    }

    private final HttpClient http;
    private final String token;
    private final String numberPrefix;
    private final int total;
    private final AtomicInteger handedOut = new AtomicInteger();
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Refused> refused = new ConcurrentHashMap<>();
    private final Map<String, Licence> unanswered = new ConcurrentHashMap<>();

    /**
     * A load of at most {@code total} licences, numbered {@code numberPrefix} and 1 to {@code total}, sent by
     * whatever runs it.
     */
    LicenceLoad(HttpClient http, String token, String numberPrefix, int total) {
        this.http = http;
        this.token = token;
        this.numberPrefix = numberPrefix;
        this.total = total;
    }

    /** Starts {@code threads} clients that issue the next licences to {@code vault} while {@code carryOn} holds. */
    List<Future<?>> send(ExecutorService pool, URI vault, int threads, BooleanSupplier carryOn) {
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            clients.add(pool.submit(() -> {
                int next;
                while (carryOn.getAsBoolean() && (next = handedOut.incrementAndGet()) <= total) {
                    issue(vault, next);
                }
                return null;
            }));
        }
        return clients;
    }

    /** Acknowledged licences by identifier. */
    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Refused licences by SHA-256. */
    Map<String, Refused> refused() {
        return Map.copyOf(refused);
    }

    /** Licences whose requests got no answer, by SHA-256. */
    Map<String, Licence> unanswered() {
        return Map.copyOf(unanswered);
    }

    int sent() {
        return Math.min(handedOut.get(), total);
    }

    private void issue(URI vault, int serial) throws InterruptedException {
        String number = numberPrefix + "%05d".formatted(serial);
        byte[] file = Fixtures.pdf("crash test licence " + number);
        Licence licence = new Licence(number, Digest.sha256Of(file).hex());
        HttpRequest request = HttpRequest.newBuilder(vault.resolve("/api/v1/licences"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(Fixtures.licenceMetadata(number), file)))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 201) {
                JsonObjectReader body = JsonObjectReader.parse(answer.body(), "issuance answer");
                acknowledged.put(body.string("id"), new Acknowledged(licence, body.string("id"),
                        body.string("sha256")));
            } else {
                refused.put(licence.sha256(), new Refused(licence, answer.statusCode(), answer.body()));
            }
        } catch (IOException e) {
            unanswered.put(licence.sha256(), licence);
            Thread.sleep(BACKOFF.toMillis());
        }
    }

    private static byte[] multipart(String metadata, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
        body.writeBytes(("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + metadata + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"licence.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
