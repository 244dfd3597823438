package io.zhengku.bench.issuance;

import io.zhengku.core.json.JsonObjectReader;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the issued licences stand with the ledger, read back through the API: a sample first, then, when the
 * ledger is anchoring, every licence until it is ANCHORED (or FAILED, or the wait runs out).
 */
public final class LedgerCheck {

    static final int SAMPLE_SIZE = 100;
    /** How long a sample may show no anchor before we conclude that no ledger is connected. */
    static final Duration FIRST_ANCHOR_GRACE = Duration.ofSeconds(10);
    static final Duration ANCHOR_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int FAILURES_SHOWN = 5;
    static final int WINDOW = 64;

    /** A count of licences by anchorStatus; {@code unreadable} when the read-back failed. */
    record Tally(int anchored, int pending, int failed, int unreadable) {

        int total() {
            return anchored + pending + failed + unreadable;
        }
    }

    private final VaultHttp vault;
    private final int concurrency;
    private final PrintStream out;

    public LedgerCheck(VaultHttp vault, int concurrency, PrintStream out) {
        this.vault = vault;
        this.concurrency = concurrency;
        this.out = out;
    }

    /** Reads a sample spread evenly over {@code ids}, again until one is ANCHORED or the grace runs out. */
    Tally sample(List<String> ids) throws InterruptedException {
        List<String> sample = new ArrayList<>();
        int step = Math.max(1, ids.size() / SAMPLE_SIZE);
        for (int i = 0; i < ids.size() && sample.size() < SAMPLE_SIZE; i += step) {
            sample.add(ids.get(i));
        }
        Instant giveUp = Instant.now().plus(FIRST_ANCHOR_GRACE);
        while (true) {
            Tally tally = tally(read(sample).values(), sample.size());
            if (tally.anchored() > 0 || Instant.now().isAfter(giveUp)) {
                return tally;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Reads the licences until each is ANCHORED or FAILED, or {@link #ANCHOR_TIMEOUT} passes; answers when each
     * was anchored, as the vault recorded it (absent for those that were not). The vault anchors in the order it
     * acknowledged, so each round reads the waiting licences in order, {@link #WINDOW} at a time, and stops at a
     * window in which none is anchored yet: the reads cost the vault little while it anchors, and the figures,
     * taken from the vault's anchoredAt, do not depend on when they were read.
     */
    public Map<String, Instant> awaitAnchored(List<String> ids) throws InterruptedException {
        Map<String, Instant> anchoredAt = new HashMap<>();
        List<String> waiting = new ArrayList<>(ids);
        Instant giveUp = Instant.now().plus(ANCHOR_TIMEOUT);
        int[] failed = {0};
        while (!waiting.isEmpty() && Instant.now().isBefore(giveUp)) {
            List<String> still = new ArrayList<>();
            for (int from = 0; from < waiting.size(); from += WINDOW) {
                List<String> window = waiting.subList(from, Math.min(waiting.size(), from + WINDOW));
                int settled = settle(window, read(window), anchoredAt, failed, still);
                if (settled == 0) {
                    still.addAll(waiting.subList(from + window.size(), waiting.size()));
                    break;
                }
            }
            waiting = still;
            out.printf("  %d of %d ANCHORED, %d FAILED, %d waiting%n", anchoredAt.size(), ids.size(), failed[0],
                    waiting.size());
            if (!waiting.isEmpty()) {
                Thread.sleep(POLL.toMillis());
            }
        }
        return anchoredAt;
    }

    /** Sorts a window's views into anchored, failed and still waiting; answers how many settled. */
    private int settle(List<String> window, Map<String, JsonObjectReader> views, Map<String, Instant> anchoredAt,
                       int[] failed, List<String> still) {
        int settled = 0;
        for (String id : window) {
            JsonObjectReader view = views.get(id);
            String status = view == null ? "UNREADABLE" : view.string("anchorStatus");
            switch (status) {
                case "ANCHORED" -> {
                    anchoredAt.put(id, Instant.parse(view.object("anchor").string("anchoredAt")));
                    settled++;
                }
                case "FAILED" -> {
                    if (++failed[0] <= FAILURES_SHOWN) {
                        out.println("  " + id + " FAILED: " + view.optionalString("anchorError"));
                    }
                    settled++;
                }
                default -> still.add(id);
            }
        }
        return settled;
    }

    /** The licences' views by id; an id whose read failed is absent. */
    private Map<String, JsonObjectReader> read(List<String> ids) throws InterruptedException {
        LoadRun.Outcome reads = LoadRun.run(ids.size(), Math.min(concurrency, ids.size()),
                i -> vault.read(ids.get(i)));
        Map<String, JsonObjectReader> views = new HashMap<>();
        for (int i : reads.answered(200)) {
            views.put(ids.get(i), JsonObjectReader.parse(reads.answers().get(i).body(), "licence"));
        }
        return views;
    }

    private static Tally tally(Iterable<JsonObjectReader> views, int expected) {
        int anchored = 0;
        int pending = 0;
        int failed = 0;
        int read = 0;
        for (JsonObjectReader view : views) {
            read++;
            switch (view.string("anchorStatus")) {
                case "ANCHORED" -> anchored++;
                case "FAILED" -> failed++;
                default -> pending++;
            }
        }
        return new Tally(anchored, pending, failed, expected - read);
    }
}
