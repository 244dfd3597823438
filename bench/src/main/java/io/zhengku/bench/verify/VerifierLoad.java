package io.zhengku.bench.verify;

import io.zhengku.bench.issuance.Latencies;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifications by SHA-256 ({@code POST /api/v1/verify}) from {@code concurrency} clients in a closed loop for a
 * fixed time, each client taking the next digest of the set in turn over a connection of its own kept alive
 * ({@link KeptAliveConnection}); an answer counts when it is 200 and VALID.
 */
final class VerifierLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What a run gave: verifications answered VALID per second, their latencies, and every other answer. */
    record Result(double perSecond, Latencies latencies, int failed, String firstFailure, String sampleAnswer) {
    }

    private static final String VERIFY = "/api/v1/verify";

    private final URI verifier;
    private final List<String> digests;
    private final int concurrency;

    VerifierLoad(URI verifier, List<String> digests, int concurrency) {
        this.verifier = verifier;
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

        Worker until(long end, AtomicInteger next) throws IOException {
            try (KeptAliveConnection connection = new KeptAliveConnection(verifier, TIMEOUT)) {
                while (System.nanoTime() < end) {
                    String sha256 = digests.get(Math.floorMod(next.getAndIncrement(), digests.size()));
                    long start = System.nanoTime();
                    try {
                        KeptAliveConnection.Answer answer = connection.postJson(VERIFY,
                                "{\"sha256\":\"" + sha256 + "\"}");
                        long took = System.nanoTime() - start;
                        String body = answer.text();
                        if (answer.status() == 200 && body.contains("\"verdict\":\"VALID\"")) {
                            nanos.add(took);
                            sample = sample == null ? body : sample;
                        } else {
                            fail("HTTP " + answer.status() + ": " + abbreviate(body));
                        }
                    } catch (IOException e) {
                        fail(e.toString());
                    }
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
