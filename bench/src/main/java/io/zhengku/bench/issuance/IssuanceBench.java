package io.zhengku.bench.issuance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.zhengku.ledger.BatcherSettings;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code issuance} suite: issues licences of about 16 KiB through the vault's HTTP API, first one request per
 * licence from C concurrent clients, then in bulk requests, and prints for each documents per second and p50/p99
 * latency to VALID on the ledger (the vault reports the licence ANCHORED), with the conditions they were taken
 * under and where the CPU went. Lines a script reads: {@code issuance-single: <X> docs/s p50 <ms> p99 <ms>}
 * after the single phase, and last {@code issuance: <X> docs/s p50 <ms> p99 <ms> (bulk, to VALID)}. Without a
 * ledger anchoring there is nothing to VALID: it says so and exits 1.
 */
public final class IssuanceBench {

    public static final int PDF_BYTES = 16 * 1024;
    /** Bulk requests sent, and anchored, before the measured bulk run: the bulk path's code compiled. */
    static final int BULK_WARMUP_REQUESTS = 4;
    /** Held so that the level set on it stays: PDFBox warns through JUL about fonts it need not render. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private final IssuanceOptions options;
    private final VaultHttp vault;
    private final PrintStream out;
    private final LedgerCheck ledger;

    private IssuanceBench(IssuanceOptions options, PrintStream out) {
        this.options = options;
        this.vault = new VaultHttp(options.vault(), options.token());
        this.out = out;
        this.ledger = new LedgerCheck(vault, options.concurrency(), out);
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
        out.printf("issuance benchmark: %d licences one request each (POST %s/api/v1/licences), then %d in bulk"
                + " requests of %d (POST /api/v1/licences/bulk), each to VALID; run BENCH-%s%n", options.docs(),
                options.vault(), options.bulkDocs(), options.chunk(), runId);
        long making = System.nanoTime();
        LicencePdfs pdfs = new LicencePdfs(PDF_BYTES, System.nanoTime());
        List<List<Upload>> warmup = new ArrayList<>();
        for (int b = 1; options.warmup() > 0 && b <= WarmUp.MAX_BATCHES; b++) {
            warmup.add(Upload.make("BENCH-" + runId + "-W" + b, options.warmup(), pdfs));
        }
        List<Upload> uploads = Upload.make("BENCH-" + runId, options.docs(), pdfs);
        List<BulkUpload> bulkWarmup = BulkUpload.make("BENCH-" + runId + "-BW", BULK_WARMUP_REQUESTS
                * options.chunk(), options.chunk(), pdfs);
        List<BulkUpload> bulk = BulkUpload.make("BENCH-" + runId + "-B", options.bulkDocs(), options.chunk(), pdfs);
        out.printf("made %d PDFs and request bodies in memory in %.1f s (not timed)%n", warmup.size()
                * options.warmup() + uploads.size() + (BULK_WARMUP_REQUESTS + 0L) * options.chunk()
                + options.bulkDocs(), (System.nanoTime() - making) / 1e9);

        Issuer issuer = new Issuer(vault, options.concurrency(), out);
        WarmUp.Result warm = WarmUp.run(issuer, warmup, out);
        if (!warmup.isEmpty() && warm.issuedId() == null) {
            out.println("a whole warm-up batch was refused; stopping before the measured run");
            return 1;
        }
        if (!awaitWarmUp(warm.issued())) {
            return 1;
        }
        printConditions(uploads, warm);
        ToValid single = single(issuer, uploads);
        if (single == null) {
            return 1;
        }
        out.println(single.line("issuance-single", ""));
        ToValid bulked = bulk(bulkWarmup, bulk);
        if (bulked == null) {
            return 1;
        }
        out.println(bulked.line("issuance", " (bulk, to VALID)"));
        return single.anchored() == options.docs() && bulked.anchored() == options.bulkDocs() ? 0 : 1;
    }

    /** Waits until the warm-up's licences are anchored, so that their anchoring is not measured with the run's. */
    private boolean awaitWarmUp(List<String> issued) throws InterruptedException {
        if (issued.isEmpty()) {
            return true;
        }
        LedgerCheck.Tally sample = ledger.sample(issued);
        if (sample.anchored() == 0 && sample.failed() == 0) {
            out.println("no warm-up licence was ANCHORED within " + LedgerCheck.FIRST_ANCHOR_GRACE.toSeconds()
                    + " s: no ledger is anchoring, so there is nothing to measure to VALID; start the stack with"
                    + " ./zk up (it connects the vault to the Fabric network)");
            return false;
        }
        out.println("warm-up: waiting until its licences are anchored");
        ledger.awaitAnchored(issued);
        return true;
    }

    /** One request per licence, to VALID. */
    private ToValid single(Issuer issuer, List<Upload> uploads) throws InterruptedException {
        CpuUse.Snapshot before = CpuUse.take();
        LoadRun.Outcome measured = issuer.issue("single: measured run", uploads);
        List<ToValid.Sent> sent = new ArrayList<>();
        for (int i : measured.answered(201)) {
            sent.add(new ToValid.Sent(measured.idOf(i), measured.answers().get(i).sentAt()));
        }
        return toValid("single", sent, options.docs(), before);
    }

    /** Bulk requests, to VALID, after a warm-up of the bulk path that is anchored before the measured run. */
    private ToValid bulk(List<BulkUpload> warmup, List<BulkUpload> measured) throws InterruptedException {
        BulkPhase phase = new BulkPhase(vault, options.bulkConcurrency(), out);
        List<ToValid.Sent> warm = phase.send("bulk: warm-up", warmup);
        ledger.awaitAnchored(warm.stream().map(ToValid.Sent::id).toList());
        CpuUse.Snapshot before = CpuUse.take();
        return toValid("bulk", phase.send("bulk: measured run", measured), options.bulkDocs(), before);
    }

    private ToValid toValid(String phase, List<ToValid.Sent> sent, int asked, CpuUse.Snapshot before)
            throws InterruptedException {
        if (sent.isEmpty()) {
            out.println(phase + ": no licence was acknowledged; no figures");
            return null;
        }
        out.println(phase + ": waiting until every acknowledged licence is ANCHORED (at most "
                + LedgerCheck.ANCHOR_TIMEOUT.toMinutes() + " min)");
        ToValid figures = ToValid.of(sent, ledger.awaitAnchored(sent.stream().map(ToValid.Sent::id).toList()));
        out.println("  cpu from the first request to the last anchor: " + CpuUse.between(before, CpuUse.take()));
        if (figures == null) {
            out.println(phase + ": no licence was ANCHORED within the wait; no figures to VALID");
            return null;
        }
        out.printf(Locale.ROOT, "%s: %d of %d licences VALID on the ledger (%d acknowledged); to VALID p50 %.1f ms"
                        + " p90 %.1f ms p99 %.1f ms max %.1f ms%n", phase, figures.anchored(), asked, sent.size(),
                figures.latencies().percentileMillis(50), figures.latencies().percentileMillis(90),
                figures.latencies().percentileMillis(99), figures.latencies().maxMillis());
        return figures;
    }

    private void printConditions(List<Upload> uploads, WarmUp.Result warm) throws InterruptedException {
        String seal = warm.issuedId() == null ? "unknown (no warm-up)" : SealNames.of(vault.seal(warm.issuedId()));
        IntSummary sizes = IntSummary.of(uploads.stream().mapToInt(Upload::pdfBytes).toArray());
        out.println("conditions:");
        out.printf("  machine:     %d cores, %s, %s memory%n", Machine.cores(), Machine.cpuModel(),
                Machine.totalMemory());
        out.println("  on it:       " + String.join(", ", Machine.stackProcesses()) + ", and this load generator");
        out.println("  jvm:         " + Machine.jvm() + " (load generator)");
        out.printf("  single:      %d licences from %d concurrent clients (closed loop), java.net.http HTTP/1.1"
                + " keep-alive%n", options.docs(), options.concurrency());
        out.printf("  bulk:        %d licences in requests of %d from %d concurrent clients (closed loop), after %d"
                + " warm-up requests; vault defaults zhengku.bulk.chunk-size=100 (licences per transaction),"
                + " seal threads = its cores, 8 store threads%n", options.bulkDocs(), options.chunk(),
                options.bulkConcurrency(), BULK_WARMUP_REQUESTS);
        BatcherSettings batcher = BatcherSettings.defaults("vault");
        out.printf("  anchoring:   the vault's batcher at ledger-client defaults (batches of up to %d, wait %d ms, %d"
                + " in flight); VALID = the vault reports anchorStatus ANCHORED, at its recorded anchoredAt%n",
                batcher.maxBatchSize(), batcher.maxWait().toMillis(), batcher.maxInFlight());
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
