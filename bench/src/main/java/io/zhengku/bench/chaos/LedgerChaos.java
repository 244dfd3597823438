package io.zhengku.bench.chaos;

import io.zhengku.bench.issuance.IssuanceBench;
import io.zhengku.bench.issuance.LedgerCheck;
import io.zhengku.bench.issuance.LicencePdfs;
import io.zhengku.bench.issuance.Machine;
import io.zhengku.bench.issuance.Upload;
import io.zhengku.bench.issuance.VaultHttp;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricLedger;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code chaos-ledger} suite ({@code ./zk chaos ledger}): single licences issued through the vault from a few
 * clients for a fixed time while Fabric processes are killed beside them — the Raft leader among the orderers,
 * then one region's peer and its chaincode server — and brought back by {@code network/up}. Then it waits for
 * every acknowledged licence to be ANCHORED, reads each one's history through the revived peer, and judges the
 * verifier of that region from a probe that asked it about an anchored licence every 200 ms throughout. Prints
 * the faults, the figures and a last line {@code chaos-ledger: <N> acknowledged, <A> anchored, <L> lost,
 * <D> duplicated, stall <S> s}; exits 1 when anything was lost or duplicated or the verifier misanswered.
 */
public final class LedgerChaos {

    /** How long past the verifier's lag bound the peer stays down at least. */
    static final Duration OUTAGE_PAST_BOUND = Duration.ofSeconds(4);

    private final LedgerChaosOptions options;
    private final PrintStream out;
    private final VaultHttp vault;
    private final NetworkFaults faults;

    private LedgerChaos(LedgerChaosOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.vault = new VaultHttp(options.vault(), options.token());
        this.faults = new NetworkFaults(options.network());
    }

    public static int run(List<String> args, Map<String, String> environment, PrintStream out) throws Exception {
        LedgerChaosOptions options;
        try {
            options = LedgerChaosOptions.parse(args, environment);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LedgerChaosOptions.USAGE);
            return 2;
        }
        return new LedgerChaos(options, out).run();
    }

    private int run() throws Exception {
        printConditions();
        Acknowledged probe = issueProbeLicence();
        VerifierProbe verifier = new VerifierProbe(options.verifier(), probe.sha256());
        awaitValid(verifier);
        Thread probing = new Thread(verifier, "chaos-verifier-probe");
        probing.setDaemon(true);
        probing.start();
        Instant start = Instant.now();
        ExecutorService scheduler = Executors.newSingleThreadExecutor();
        Future<?> schedule = scheduler.submit(() -> {
            faultSchedule(start);
            return null;
        });
        scheduler.shutdown();
        List<Acknowledged> acknowledged = load(start.plusSeconds(options.seconds()));
        schedule.get();
        Map<String, Instant> anchoredAt = new LedgerCheck(vault, options.concurrency(), out)
                .awaitAnchored(acknowledged.stream().map(Acknowledged::id).toList());
        OnChannel onChannel = readBack(acknowledged);
        awaitRecovery(verifier);
        verifier.stop();
        probing.join();
        // The schedule ran to its end: the last healing is the one after the peer's kill.
        ProbeJudgement judgement = ProbeJudgement.of(verifier.answers(), faults.last("kill -9 peer"),
                faults.last("network/up"), options.maxLag());
        Stall stall = Stall.longest(acknowledged, anchoredAt);
        return report(start, acknowledged, anchoredAt, onChannel, stall, judgement);
    }

    /**
     * Kills and heals at fixed shares of the run; the peer stays down at least {@link #OUTAGE_PAST_BOUND} past the
     * verifier's bound, however late a loaded machine ran the steps before, so that the verifier must refuse.
     */
    private void faultSchedule(Instant start) throws IOException, InterruptedException {
        long run = Duration.ofSeconds(options.seconds()).toMillis();
        sleepUntil(start.plusMillis(run * 15 / 100));
        faults.kill("orderer", faults.raftLeader());
        sleepUntil(start.plusMillis(run * 35 / 100));
        faults.heal();
        sleepUntil(start.plusMillis(run * 50 / 100));
        faults.kill("peer", options.region());
        faults.kill("chaincode", options.region());
        Instant longEnough = faults.last("kill -9 peer").plus(options.maxLag()).plus(OUTAGE_PAST_BOUND);
        Instant planned = start.plusMillis(run * 80 / 100);
        sleepUntil(planned.isAfter(longEnough) ? planned : longEnough);
        faults.heal();
    }

    /** One licence anchored before any fault: the one the verifier is asked about. */
    private Acknowledged issueProbeLicence() throws InterruptedException {
        Acknowledged probe = acknowledged(vault.issue(Upload.of("CHAOS-" + Long.toHexString(System.nanoTime())
                + "-PROBE", new LicencePdfs(IssuanceBench.PDF_BYTES, System.nanoTime()))));
        if (probe == null || new LedgerCheck(vault, 1, out).awaitAnchored(List.of(probe.id())).isEmpty()) {
            throw new IllegalStateException("the probe licence was not issued and anchored: is the stack up"
                    + " (./zk up) with its ledger?");
        }
        return probe;
    }

    /** Issues from {@code concurrency} clients until {@code end}; answers what the vault acknowledged (201). */
    private List<Acknowledged> load(Instant end) throws InterruptedException, ExecutionException {
        String prefix = "CHAOS-" + Long.toHexString(System.nanoTime());
        AtomicInteger serial = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(options.concurrency());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < options.concurrency(); c++) {
            running.add(clients.submit(() -> {
                LicencePdfs pdfs = new LicencePdfs(IssuanceBench.PDF_BYTES, System.nanoTime());
                while (Instant.now().isBefore(end)) {
                    Acknowledged one = acknowledged(vault.issue(Upload.of(prefix + "-"
                            + String.format("%06d", serial.incrementAndGet()), pdfs)));
                    if (one == null) {
                        refused.incrementAndGet();
                    } else {
                        acknowledged.add(one);
                    }
                }
            }));
        }
        clients.shutdown();
        awaitAll(running);
        out.printf("load: %d acknowledged (201), %d other answers, from %d clients over %d s%n",
                acknowledged.size(), refused.get(), options.concurrency(), options.seconds());
        return List.copyOf(acknowledged);
    }

    private static Acknowledged acknowledged(VaultHttp.Answer answer) {
        if (answer.status() != 201) {
            return null;
        }
        JsonObjectReader licence = JsonObjectReader.parse(answer.body(), "licence");
        return new Acknowledged(licence.string("id"), licence.string("sha256"), answer.sentAt());
    }

    /** Each acknowledged licence's versions on the channel, read through the revived peer: one each, or a loss. */
    private OnChannel readBack(List<Acknowledged> acknowledged) throws IOException, LedgerException,
            InterruptedException, ExecutionException {
        Set<String> absent = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicated = new AtomicInteger();
        try (FabricLedger ledger = FabricLedger.connect(FabricConnection.read(options.connection()),
                BatcherSettings.defaults("chaos-reader"))) {
            ExecutorService readers = Executors.newFixedThreadPool(4);
            List<Future<?>> reads = new ArrayList<>();
            for (Acknowledged licence : acknowledged) {
                reads.add(readers.submit(() -> {
                    int versions = ledger.history(licence.sha256()).size();
                    if (versions == 0) {
                        absent.add(licence.id());
                    } else if (versions > 1) {
                        duplicated.incrementAndGet();
                    }
                    return null;
                }));
            }
            readers.shutdown();
            awaitAll(reads);
        }
        return new OnChannel(Set.copyOf(absent), duplicated.get());
    }

    /**
     * Waits, before any fault, for the verifier to answer VALID for the probe licence: a verifier started on a
     * long channel first indexes every block before it.
     */
    private void awaitValid(VerifierProbe verifier) throws InterruptedException {
        Instant started = Instant.now();
        Instant deadline = started.plus(Duration.ofMinutes(5));
        VerifierProbe.Answer answer = verifier.ask();
        while (!answer.valid()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the verifier at " + options.verifier() + " did not answer VALID for"
                        + " the probe licence within 5 minutes; its last answer: " + answer);
            }
            Thread.sleep(VerifierProbe.INTERVAL.toMillis());
            answer = verifier.ask();
        }
        out.printf(Locale.ROOT, "the verifier answered VALID for the probe licence after %.1f s%n",
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** Gives the verifier up to a minute after the healing to answer VALID again, on its own. */
    private static void awaitRecovery(VerifierProbe verifier) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<VerifierProbe.Answer> answers = verifier.answers();
            if (!answers.isEmpty() && answers.get(answers.size() - 1).valid()) {
                return;
            }
            Thread.sleep(VerifierProbe.INTERVAL.toMillis());
        }
    }

    private void printConditions() throws InterruptedException {
        out.printf("chaos ledger: %s, %d cores, %s; %d s of single issuances (16 KiB one-page PDFs) from %d clients"
                        + " at %s; the Raft leader killed at 15%% and healed at 35%%, %s's peer and chaincode server"
                        + " killed at 50%% and healed at 80%%; %s's verifier %s asked every %d ms (lag bound %d ms)%n",
                Machine.cpuModel(), Machine.cores(), Machine.totalMemory(), options.seconds(), options.concurrency(),
                options.vault(), options.region(), options.region(), options.verifier(),
                VerifierProbe.INTERVAL.toMillis(), options.maxLag().toMillis());
        out.println("  beside it: " + String.join(", ", Machine.stackProcesses()));
    }

    private int report(Instant start, List<Acknowledged> acknowledged, Map<String, Instant> anchoredAt,
                       OnChannel onChannel, Stall stall, ProbeJudgement verifier) {
        out.println("faults:");
        faults.steps().forEach(step -> out.printf(Locale.ROOT, "  %+7.1f s  %s%n", seconds(start, step.at()), step.what()));
        // Lost: acknowledged, and not ANCHORED in the vault or not on the channel (or both).
        long lost = acknowledged.stream().filter(licence -> !anchoredAt.containsKey(licence.id())
                || onChannel.absent().contains(licence.id())).count();
        out.printf(Locale.ROOT, "documents: %d acknowledged, %d ANCHORED in the vault, %d not on the channel, %d with"
                + " more than one version on it%n", acknowledged.size(), anchoredAt.size(), onChannel.absent().size(),
                onChannel.duplicated());
        out.printf(Locale.ROOT, "longest stall: %.1f s without a licence anchored while some waited (from %+.1f s)%n",
                stall.seconds(), seconds(start, stall.from()));
        out.printf(Locale.ROOT, "%s's verifier: before the peer died %d VALID, refused %s; while it was down %d answers:"
                        + " %d VALID within the bound (lag at most %d ms), refused %s; %d stale VALID, %d wrong verdicts;"
                        + " %s%n",
                options.region(), verifier.validBefore(), verifier.refusedBefore(), verifier.during(),
                verifier.validDuring(),
                verifier.maxLagDuring(), verifier.refusedDuring(), verifier.stale(), verifier.wrongVerdicts(),
                verifier.recoveredAt().map(at -> String.format(Locale.ROOT, "VALID again on its own at %+.1f s",
                        seconds(start, at))).orElse("did NOT answer VALID again within a minute of the healing"));
        out.printf(Locale.ROOT, "chaos-ledger: %d acknowledged, %d anchored, %d lost, %d duplicated, stall %.1f s%n",
                acknowledged.size(), acknowledged.size() - lost, lost, onChannel.duplicated(),
                stall.seconds());
        return lost == 0 && onChannel.duplicated() == 0 && !acknowledged.isEmpty() && verifier.passed() ? 0 : 1;
    }

    /** Waits for every task; a task's failure fails the run rather than leave its licences uncounted. */
    private static void awaitAll(List<Future<?>> tasks) throws InterruptedException, ExecutionException {
        for (Future<?> task : tasks) {
            task.get();
        }
    }

    private static double seconds(Instant start, Instant at) {
        return Duration.between(start, at).toMillis() / 1000.0;
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long millis = Duration.between(Instant.now(), at).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** A licence the vault answered 201 for, and when its request was sent. */
    record Acknowledged(String id, String sha256, Instant sentAt) {
    }

    /** How many acknowledged licences the channel does not hold, and how many it holds more than once. */
    private record OnChannel(Set<String> absent, int duplicated) {
    }
}
