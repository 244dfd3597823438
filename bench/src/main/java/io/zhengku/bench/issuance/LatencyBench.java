package io.zhengku.bench.issuance;

import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.ledger.BatcherSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code latency} suite: single issuances one at a time on an otherwise idle vault, each timed from its
 * request's send to the moment the vault recorded it anchored (VALID), and the percentiles set against the
 * channel's BatchTimeout; the goal is VALID within BatchTimeout + 1 s. Last line:
 * {@code latency: p50 <ms> p99 <ms> max <ms> over <N> samples, BatchTimeout <ms>, goal <ms> met|not met}.
 */
public final class LatencyBench {

    static final String USAGE = "usage: java -jar zhengku-bench.jar latency --configtx FILE"
            + " [--url http://127.0.0.1:8080] [--token T | env " + IssuanceOptions.TOKEN_VARIABLE + "] [--samples 20] [--gap-ms 1000]";
    private static final int WARM_UP_SAMPLES = 3;
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration SAMPLE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration GOAL_MARGIN = Duration.ofSeconds(1);

    private final VaultHttp vault;
    private final PrintStream out;

    private LatencyBench(VaultHttp vault, PrintStream out) {
        this.vault = vault;
        this.out = out;
    }

    /** Runs the suite with {@code args}; returns the process exit code. */
    public static int run(List<String> args, Map<String, String> environment, PrintStream out)
            throws InterruptedException {
        Map<String, String> options;
        ChannelConfig channel;
        int samples;
        long gapMillis;
        try {
            options = Options.pairs(args, List.of("--url", "--token", "--samples", "--gap-ms", "--configtx"));
            if (!options.containsKey("--configtx")) {
                throw new IllegalArgumentException("--configtx names the channel's configtx.yaml (./zk bench latency"
                        + " passes it)");
            }
            channel = ChannelConfig.read(Path.of(options.get("--configtx")));
            samples = Integer.parseInt(options.getOrDefault("--samples", "20"));
            gapMillis = Long.parseLong(options.getOrDefault("--gap-ms", "1000"));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("latency: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        String token = options.getOrDefault("--token", environment.get(IssuanceOptions.TOKEN_VARIABLE));
        if (token == null || samples < 1) {
            System.err.println("latency: a department token and at least one sample are needed\n" + USAGE);
            return 2;
        }
        VaultHttp vault = new VaultHttp(URI.create(options.getOrDefault("--url", "http://127.0.0.1:8080")), token);
        return new LatencyBench(vault, out).measure(channel, samples, gapMillis, options.get("--configtx"));
    }

    private int measure(ChannelConfig channel, int samples, long gapMillis, String configtx)
            throws InterruptedException {
        String runId = "LAT-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        List<Upload> uploads = Upload.make(runId, WARM_UP_SAMPLES + samples,
                new LicencePdfs(IssuanceBench.PDF_BYTES, System.nanoTime()));
        printConditions(channel, samples, gapMillis, configtx);
        long[] nanos = new long[samples];
        for (int i = 0; i < uploads.size(); i++) {
            Duration latency = sample(uploads.get(i));
            boolean warmUp = i < WARM_UP_SAMPLES;
            if (latency == null) {
                out.println("sample " + (i + 1) + " was not anchored within " + SAMPLE_TIMEOUT.toSeconds()
                        + " s (or was refused); stopping");
                return 1;
            }
            out.printf(Locale.ROOT, "%s %d: %.1f ms to VALID%n", warmUp ? "warm-up" : "sample",
                    warmUp ? i + 1 : i + 1 - WARM_UP_SAMPLES, latency.toNanos() / 1e6);
            if (!warmUp) {
                nanos[i - WARM_UP_SAMPLES] = latency.toNanos();
            }
            Thread.sleep(gapMillis);
        }
        Latencies latencies = new Latencies(nanos);
        long timeout = channel.batchTimeout().toMillis();
        long goal = channel.batchTimeout().plus(GOAL_MARGIN).toMillis();
        boolean met = latencies.percentileMillis(99) <= goal;
        out.printf(Locale.ROOT, "latency: p50 %.1f ms p99 %.1f ms max %.1f ms over %d samples, BatchTimeout %d ms,"
                        + " goal %d ms %s%n", latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.maxMillis(), samples, timeout, goal, met ? "met" : "not met");
        return 0;
    }

    /** One issuance to VALID: from the request's send to the vault's anchoredAt; null if it did not get there. */
    private Duration sample(Upload upload) throws InterruptedException {
        VaultHttp.Answer issued = vault.issue(upload);
        if (issued.status() != 201) {
            out.println("  refused (HTTP " + issued.status() + "): " + issued.body());
            return null;
        }
        String id = JsonObjectReader.parse(issued.body(), "issued licence").string("id");
        Instant giveUp = Instant.now().plus(SAMPLE_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            VaultHttp.Answer read = vault.read(id);
            if (read.status() == 200) {
                JsonObjectReader view = JsonObjectReader.parse(read.body(), "licence");
                if ("ANCHORED".equals(view.string("anchorStatus"))) {
                    return Duration.between(issued.sentAt(), Instant.parse(view.object("anchor")
                            .string("anchoredAt")));
                }
                if ("FAILED".equals(view.string("anchorStatus"))) {
                    out.println("  " + id + " FAILED: " + view.optionalString("anchorError"));
                    return null;
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        return null;
    }

    private void printConditions(ChannelConfig channel, int samples, long gapMillis, String configtx) {
        BatcherSettings batcher = BatcherSettings.defaults("vault");
        out.printf("latency benchmark: %d single issuances (after %d warm-up), one at a time, %d ms apart, each"
                + " timed from its request's send to the vault's recorded anchoredAt (VALID)%n", samples,
                WARM_UP_SAMPLES, gapMillis);
        out.println("conditions:");
        out.printf("  machine:     %d cores, %s, %s memory%n", Machine.cores(), Machine.cpuModel(),
                Machine.totalMemory());
        out.println("  on it:       " + String.join(", ", Machine.stackProcesses()) + ", and this client");
        out.printf("  channel:     BatchTimeout %d ms, MaxMessageCount %d (from %s)%n",
                channel.batchTimeout().toMillis(), channel.maxMessageCount(), configtx);
        out.printf("  vault:       outbox polled every 100 ms (zhengku.anchoring.poll-interval default); batcher at"
                + " ledger-client defaults (wait up to %d ms for more entries, batches of up to %d)%n",
                batcher.maxWait().toMillis(), batcher.maxBatchSize());
        out.println("  files:       one-page PDFs of about " + IssuanceBench.PDF_BYTES + " bytes, SM2 seals (vault"
                + " default)");
    }
}
