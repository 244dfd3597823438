package io.zhengku.bench.verify;

import io.zhengku.bench.issuance.BulkUpload;
import io.zhengku.bench.issuance.CpuUse;
import io.zhengku.bench.issuance.IssuanceBench;
import io.zhengku.bench.issuance.LicencePdfs;
import io.zhengku.bench.issuance.Machine;
import io.zhengku.bench.issuance.Options;
import io.zhengku.bench.issuance.VaultHttp;
import io.zhengku.core.json.JsonObjectReader;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./zk bench verify}: verifications by SHA-256 over HTTP against one region's verifier answering from
 * its index, then against a second verifier of the same region with its index disabled (every verification a
 * peer read), in the same run, on the same set of anchored licences (issued in bulk first when the vault holds
 * too few). Prints the conditions, where the CPU went, and last {@code verify: <X> verifications/s p50 <ms>
 * p99 <ms>, peer-read <Y>/s, ratio <Z>x}.
 */
public final class VerifyBench {

    static final String USAGE = "usage: java -jar zhengku-bench.jar verify --index-url U --peer-url U [--vault U]"
            + " [--digests N] [--concurrency C] [--seconds S] [--peer-seconds S] (token in ZK_BENCH_TOKEN)";
    private static final List<String> OPTIONS = List.of("--index-url", "--peer-url", "--vault", "--digests",
            "--concurrency", "--seconds", "--peer-seconds");
    private static final Duration ANCHORED_WITHIN = Duration.ofMinutes(10);
    private static final int PAGE = 100;
    private static final int CHUNK = 500;

    private final Map<String, String> options;
    private final PrintStream out;

    private VerifyBench(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the suite; returns the process exit code. */
    public static int run(List<String> args, Map<String, String> environment, PrintStream out)
            throws InterruptedException {
        Map<String, String> options;
        try {
            options = new HashMap<>(Options.pairs(args, OPTIONS));
            if (!options.containsKey("--index-url") || !options.containsKey("--peer-url")
                    || environment.get("ZK_BENCH_TOKEN") == null) {
                throw new IllegalArgumentException("--index-url, --peer-url and ZK_BENCH_TOKEN are needed");
            }
            for (String number : List.of("--digests", "--concurrency", "--seconds", "--peer-seconds")) {
                if (options.containsKey(number) && !options.get(number).matches("[1-9][0-9]{0,6}")) {
                    throw new IllegalArgumentException(number + " takes a positive whole number");
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("verify: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        options.put("token", environment.get("ZK_BENCH_TOKEN"));
        return new VerifyBench(options, out).run();
    }

    private int number(String option, int otherwise) {
        return Integer.parseInt(options.getOrDefault(option, Integer.toString(otherwise)));
    }

    private int run() throws InterruptedException {
        int wanted = number("--digests", 2000);
        int concurrency = number("--concurrency", 16);
        Duration length = Duration.ofSeconds(number("--seconds", 20));
        Duration peerLength = Duration.ofSeconds(number("--peer-seconds", 15));
        VaultHttp vault = new VaultHttp(URI.create(options.getOrDefault("--vault", "http://127.0.0.1:8080")),
                options.get("token"));
        List<String> digests = anchoredDigests(vault, wanted);
        URI indexed = URI.create(options.get("--index-url"));
        URI peerRead = URI.create(options.get("--peer-url"));
        out.printf(Locale.ROOT, "verify benchmark: POST /api/v1/verify {\"sha256\"} of %d anchored licences in turn,"
                + " %d clients in a closed loop, HTTP/1.1 kept alive%n", digests.size(), concurrency);
        out.printf("machine: %d cores, %s, %s; %s%n", Machine.cores(), Machine.cpuModel(), Machine.totalMemory(),
                Machine.jvm());
        out.println("stack: " + String.join("; ", Machine.stackProcesses()));

        VerifierLoad.Result index = measure("index", indexed, digests, concurrency, length);
        VerifierLoad.Result peer = measure("peer-read", peerRead, digests, concurrency, peerLength);
        if (index == null || peer == null) {
            return 1;
        }
        out.printf(Locale.ROOT, "verify: %.0f verifications/s p50 %.1f p99 %.1f, peer-read %.0f/s, ratio %.1fx%n",
                index.perSecond(), index.latencies().percentileMillis(50), index.latencies().percentileMillis(99),
                peer.perSecond(), index.perSecond() / peer.perSecond());
        return 0;
    }

    private VerifierLoad.Result measure(String name, URI verifier, List<String> digests, int concurrency,
                                        Duration length) throws InterruptedException {
        VerifierLoad load = new VerifierLoad(verifier, digests, concurrency);
        Duration warmUp = Duration.ofSeconds(Math.max(5, length.toSeconds() / 2));
        load.run(warmUp);
        CpuUse.Snapshot before = CpuUse.take();
        VerifierLoad.Result result = load.run(length);
        CpuUse.Snapshot after = CpuUse.take();
        if (result.failed() > 0) {
            out.printf("%s: %d answers were not 200 VALID, the first: %s%n", name, result.failed(),
                    result.firstFailure());
        }
        String source = JsonObjectReader.parse(result.sampleAnswer(), "verification answer").object("ledger")
                .string("source");
        out.printf(Locale.ROOT, "%s (%s, answers from the %s): warm-up %d s, measured %d s: %d VALID, %.0f/s,"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", name, verifier, source, warmUp.toSeconds(),
                length.toSeconds(), result.latencies().count(), result.perSecond(),
                result.latencies().percentileMillis(50), result.latencies().percentileMillis(99),
                result.latencies().maxMillis());
        out.println("  CPU: " + CpuUse.between(before, after));
        return result.failed() > result.latencies().count() / 100 ? null : result;
    }

    /** SHA-256s of the department's anchored licences; issues more in bulk first when there are too few. */
    private List<String> anchoredDigests(VaultHttp vault, int wanted) throws InterruptedException {
        List<String> found = listAnchored(vault, wanted);
        if (found.size() < wanted) {
            int missing = wanted - found.size();
            out.printf("the vault holds %d anchored licences; issuing %d more in bulk first%n", found.size(), missing);
            String prefix = "VERIFY-BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
            LicencePdfs pdfs = new LicencePdfs(IssuanceBench.PDF_BYTES, System.nanoTime());
            for (BulkUpload upload : BulkUpload.make(prefix, missing, CHUNK, pdfs)) {
                VaultHttp.Answer answer = vault.issueBulk(upload);
                if (answer.status() != 200) {
                    throw new IllegalStateException("bulk issuance answered HTTP " + answer.status() + ": "
                            + answer.body());
                }
            }
            long deadline = System.nanoTime() + ANCHORED_WITHIN.toNanos();
            while ((found = listAnchored(vault, wanted)).size() < wanted && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("the vault holds no anchored licence of the demo department");
        }
        return found;
    }

    private static List<String> listAnchored(VaultHttp vault, int wanted) {
        Set<String> digests = new LinkedHashSet<>();
        for (int page = 0; digests.size() < wanted; page++) {
            JsonObjectReader listing = JsonObjectReader.parse(vault.listLicences(page, PAGE), "licence page");
            List<JsonObjectReader> items = listing.objects("items", "licence");
            for (JsonObjectReader item : items) {
                if ("ANCHORED".equals(item.optionalString("anchorStatus")) && digests.size() < wanted) {
                    digests.add(item.string("sha256"));
                }
            }
            if (items.size() < PAGE) {
                break;
            }
        }
        return new ArrayList<>(digests);
    }
}
