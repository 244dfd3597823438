package io.zhengku.bench.issuance;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code issuance} suite: issues N licences of about 16 KiB through the vault's HTTP API from C concurrent
 * clients and prints documents per second and p50/p99 latency, with the conditions they were taken under.
 *
 * <p>Latency runs to VALID on the ledger (anchorStatus ANCHORED) when a ledger is anchoring, which a sampled
 * licence ANCHORED or FAILED shows; when none is, it runs to the vault's acknowledgment (201: the file stored,
 * the licence indexed, its anchor queued in the outbox), and the last line says so.
 */
public final class IssuanceBench {

    static final int PDF_BYTES = 16 * 1024;
    /** Held so that the level set on it stays: PDFBox warns through JUL about fonts it need not render. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private final IssuanceOptions options;
    private final VaultHttp vault;
    private final PrintStream out;

    private IssuanceBench(IssuanceOptions options, PrintStream out) {
        this.options = options;
        this.vault = new VaultHttp(options.vault(), options.token());
        this.out = out;
    }

    /** Runs the suite with {@code args} (see {@link IssuanceOptions}); returns the process exit code. */
    public static int run(List<String> args, Map<String, String> environment, PrintStream out)
            throws InterruptedException {
        IssuanceOptions options;
        try {
            options = IssuanceOptions.parse(args, environment);
        } catch (IllegalArgumentException e) {
            System.err.println("issuance: " + e.getMessage());
            System.err.println(IssuanceOptions.USAGE);
            return 2;
        }
        PDFBOX_LOG.setLevel(Level.SEVERE);
        return new IssuanceBench(options, out).run();
    }

    private int run() throws InterruptedException {
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        out.printf("issuance benchmark: %d licences through POST %s/api/v1/licences, run BENCH-%s%n",
                options.docs(), options.vault(), runId);
        long making = System.nanoTime();
        LicencePdfs pdfs = new LicencePdfs(PDF_BYTES, System.nanoTime());
        List<List<Upload>> warmup = new ArrayList<>();
        for (int b = 1; options.warmup() > 0 && b <= WarmUp.MAX_BATCHES; b++) {
            warmup.add(Upload.make("BENCH-" + runId + "-W" + b, options.warmup(), pdfs));
        }
        List<Upload> uploads = Upload.make("BENCH-" + runId, options.docs(), pdfs);
        out.printf("made %d PDFs and request bodies in memory in %.1f s (not timed)%n",
                warmup.size() * options.warmup() + uploads.size(), (System.nanoTime() - making) / 1e9);

        Issuer issuer = new Issuer(vault, options.concurrency(), out);
        WarmUp.Result warm = WarmUp.run(issuer, warmup, out);
        if (!warmup.isEmpty() && warm.issuedId() == null) {
            out.println("a whole warm-up batch was refused; stopping before the measured run");
            return 1;
        }
        printConditions(uploads, warm);
        LoadRun.Outcome measured = issuer.issue("measured run", uploads);
        List<Integer> issued = measured.answered(201);
        if (issued.isEmpty()) {
            return 1;
        }
        boolean allIssued = issued.size() == uploads.size();
        return report(measured, issued) && allIssued ? 0 : 1;
    }

    /** Prints the figures; returns whether every issued licence reached the state they are measured to. */
    private boolean report(LoadRun.Outcome measured, List<Integer> issued) throws InterruptedException {
        Latencies acknowledged = new Latencies(issued.stream()
                .mapToLong(i -> measured.answers().get(i).nanos()).toArray());
        double acknowledgedRate = issued.size() / (measured.elapsedNanos() / 1e9);
        out.printf(Locale.ROOT, "acknowledged (201): %d of %d, %.0f docs/s, latency p50 %.1f ms p90 %.1f ms"
                        + " p99 %.1f ms max %.1f ms%n", issued.size(), measured.answers().size(), acknowledgedRate,
                acknowledged.percentileMillis(50), acknowledged.percentileMillis(90),
                acknowledged.percentileMillis(99), acknowledged.maxMillis());

        List<String> ids = issued.stream().map(measured::idOf).toList();
        LedgerCheck ledger = new LedgerCheck(vault, options.concurrency(), out);
        LedgerCheck.Tally sample = ledger.sample(ids);
        out.printf("ledger: of %d sampled licences %d ANCHORED, %d PENDING, %d FAILED, %d unreadable%n",
                sample.total(), sample.anchored(), sample.pending(), sample.failed(), sample.unreadable());
        if (sample.anchored() == 0 && sample.failed() == 0) {
            out.println("no sampled licence was ANCHORED within " + LedgerCheck.FIRST_ANCHOR_GRACE.toSeconds()
                    + " s: no ledger is connected, so these figures are to acknowledgment (201: stored in S3,"
                    + " indexed in PostgreSQL, queued in the outbox), not to VALID on the ledger");
            out.println("the last line's figures are to acknowledgment (201); no ledger is connected");
            out.println(summary(acknowledgedRate, acknowledged));
            return true;
        }
        return reportAnchored(measured, issued, ids, ledger);
    }

    /** Latency from each request's send to its anchoring, as the vault recorded it; throughput over the span. */
    private boolean reportAnchored(LoadRun.Outcome measured, List<Integer> issued, List<String> ids,
                                   LedgerCheck ledger) throws InterruptedException {
        out.println("a ledger is anchoring: waiting until every issued licence is ANCHORED (at most "
                + LedgerCheck.ANCHOR_TIMEOUT.toMinutes() + " min)");
        Map<String, Instant> anchoredAt = ledger.awaitAnchored(ids);
        Instant firstSent = measured.answers().get(issued.get(0)).sentAt();
        Instant lastAnchored = firstSent;
        List<Long> nanos = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            Instant anchored = anchoredAt.get(ids.get(k));
            Instant sent = measured.answers().get(issued.get(k)).sentAt();
            firstSent = sent.isBefore(firstSent) ? sent : firstSent;
            if (anchored != null) {
                nanos.add(Duration.between(sent, anchored).toNanos());
                lastAnchored = anchored.isAfter(lastAnchored) ? anchored : lastAnchored;
            }
        }
        if (nanos.isEmpty()) {
            out.println("no licence was ANCHORED within the wait; no figures to VALID on the ledger");
            return false;
        }
        Latencies toLedger = new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
        double rate = nanos.size() / (Duration.between(firstSent, lastAnchored).toNanos() / 1e9);
        out.printf(Locale.ROOT, "anchored: %d of %d issued licences VALID on the ledger; latency to ANCHORED p50"
                        + " %.1f ms p90 %.1f ms p99 %.1f ms max %.1f ms%n", nanos.size(), ids.size(),
                toLedger.percentileMillis(50), toLedger.percentileMillis(90), toLedger.percentileMillis(99),
                toLedger.maxMillis());
        if (nanos.size() != ids.size()) {
            out.println((ids.size() - nanos.size()) + " licences were not anchored; the last line counts the others");
        }
        out.println(summary(rate, toLedger));
        return nanos.size() == ids.size();
    }

    /** The last line, in the form the issue fixes for tools: {@code issuance: <X> docs/s p50 <ms> p99 <ms>}. */
    private static String summary(double rate, Latencies latencies) {
        return String.format(Locale.ROOT, "issuance: %.0f docs/s p50 %.1f p99 %.1f", rate,
                latencies.percentileMillis(50), latencies.percentileMillis(99));
    }

    private void printConditions(List<Upload> uploads, WarmUp.Result warm) throws InterruptedException {
        String seal = warm.issuedId() == null ? "unknown (no warm-up)" : SealNames.of(vault.seal(warm.issuedId()));
        IntSummary sizes = IntSummary.of(uploads.stream().mapToInt(Upload::pdfBytes).toArray());
        out.println("conditions:");
        out.printf("  machine:     %d cores, %s, %s memory%n", Machine.cores(), Machine.cpuModel(),
                Machine.totalMemory());
        out.println("  on it:       " + String.join(", ", Machine.stackProcesses()) + ", and this load generator");
        out.println("  jvm:         " + Machine.jvm() + " (load generator)");
        out.printf("  load:        %d licences from %d concurrent clients (closed loop), java.net.http HTTP/1.1"
                + " keep-alive%n", options.docs(), options.concurrency());
        out.printf("  warm-up:     %d requests in %d batches, %s%n", warm.requests(), warm.batches(), warm.settled()
                ? "until the rate settled within " + Math.round(WarmUp.SETTLED * 100) + "%" : "rate not settled");
        out.printf("  files:       one-page PDFs of %d-%d bytes (mean %d), each unique; multipart with JSON"
                + " metadata%n", sizes.min(), sizes.max(), sizes.mean());
        out.println("  vault:       " + vault.licenceCount() + " licences of this department stored before the"
                + " measured run");
        out.println("  seal:        " + seal + " detached CMS per licence, plus the sealed anchor entry"
                + " (vault default zhengku.seal.algorithm=sm2)");
    }

    private record IntSummary(int min, int max, int mean) {

        static IntSummary of(int[] values) {
            var stats = Arrays.stream(values).summaryStatistics();
            return new IntSummary(stats.getMin(), stats.getMax(), (int) Math.round(stats.getAverage()));
        }
    }
}
