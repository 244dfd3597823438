package io.zhengku.bench.chaos;

import io.zhengku.core.json.JsonObjectReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks a verifier about one licence every {@link #INTERVAL}, from the start of the chaos run to its end, and
 * keeps every answer: what shows whether the verifier of a region whose peer died ever answered a VALID it could
 * not stand behind, and whether it came back on its own.
 */
final class VerifierProbe implements Runnable {

    static final Duration INTERVAL = Duration.ofMillis(200);

    /**
     * One answer: when it was asked, the HTTP status (0: no answer), the verdict of a 200 or the problem code
     * of anything else, and for a 200 how far the verifier said its ledger state lagged its peer.
     */
    record Answer(Instant at, int status, String verdictOrCode, long millisBehind) {

        boolean valid() {
            return status == 200 && verdictOrCode.equals("VALID");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI verify;
    private final String sha256;
    private final List<Answer> answers = new ArrayList<>();
    private volatile boolean stopped;

    VerifierProbe(URI verifier, String sha256) {
        this.verify = verifier.resolve("/api/v1/verify");
        this.sha256 = sha256;
    }

    @Override
    public void run() {
        while (!stopped) {
            Answer answer = ask();
            synchronized (answers) {
                answers.add(answer);
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() {
        stopped = true;
    }

    List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** One question now, kept with no other. */
    Answer ask() {
        Instant at = Instant.now();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(verify).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sha256\":\"" + sha256 + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObjectReader body = JsonObjectReader.parse(response.body(), "verifier answer");
            if (response.statusCode() == 200) {
                return new Answer(at, 200, body.string("verdict"), body.object("ledger").integer("millisBehind"));
            }
            return new Answer(at, response.statusCode(), body.optionalString("code"), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(at, 0, "interrupted", -1);
        } catch (Exception e) {
            return new Answer(at, 0, "no answer (" + e.getClass().getSimpleName() + ")", -1);
        }
    }
}
