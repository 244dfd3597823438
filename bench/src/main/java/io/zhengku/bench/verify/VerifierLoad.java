package io.zhengku.bench.verify;

import io.zhengku.bench.issuance.Latencies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifications by SHA-256 ({@code POST /api/v1/verify}) from {@code concurrency} clients in a closed loop for a
 * fixed time, each client taking the next digest of the set in turn; an answer counts when it is 200 and VALID.
 */
final class VerifierLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What a run gave: verifications answered VALID per second, their latencies, and every other answer. */
    record Result(double perSecond, Latencies latencies, int failed, String firstFailure, String sampleAnswer) {
    }

    private final URI verify;
    private final List<String> digests;
    private final int concurrency;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    VerifierLoad(URI verifier, List<String> digests, int concurrency) {
        this.verify = verifier.resolve("/api/v1/verify");
        this.digests = List.copyOf(digests);
        this.concurrency = concurrency;
    }

    Result run(Duration length) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        List<Future<Worker>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> new Worker().until(end, next)));
        }
        List<Long> nanos = new ArrayList<>();
        int failed = 0;
        String firstFailure = null;
        String sample = null;
        for (Future<Worker> future : running) {
            Worker worker;
            try {
                worker = future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load worker failed", e.getCause());
            }
            nanos.addAll(worker.nanos);
            failed += worker.failed;
            firstFailure = firstFailure == null ? worker.firstFailure : firstFailure;
            sample = sample == null ? worker.sample : sample;
        }
        long elapsed = System.nanoTime() - start;
        workers.shutdown();
        long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
        return new Result(all.length / (elapsed / 1e9), new Latencies(all), failed, firstFailure, sample);
    }

    private final class Worker {
        final List<Long> nanos = new ArrayList<>();
        int failed;
        String firstFailure;
        String sample;

        Worker until(long end, AtomicInteger next) {
            while (System.nanoTime() < end) {
                String sha256 = digests.get(Math.floorMod(next.getAndIncrement(), digests.size()));
                HttpRequest request = HttpRequest.newBuilder(verify).timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sha256\":\"" + sha256 + "\"}")).build();
                long start = System.nanoTime();
                try {
                    HttpResponse<String> answer = client.send(request,
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() == 200 && answer.body().contains("\"verdict\":\"VALID\"")) {
                        nanos.add(took);
                        sample = sample == null ? answer.body() : sample;
                    } else {
                        fail("HTTP " + answer.statusCode() + ": " + abbreviate(answer.body()));
                    }
                } catch (IOException e) {
                    fail(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return this;
                }
            }
            return this;
        }

        private void fail(String why) {
            failed++;
            firstFailure = firstFailure == null ? why : firstFailure;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
