package io.zhengku.vault.crash;

import static io.zhengku.vault.crash.CrashAftermath.OUTBOX_ROWS;
import static io.zhengku.vault.crash.CrashAftermath.awaitUntil;
import static io.zhengku.vault.crash.CrashAftermath.removedOrphans;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;

import ch.qos.logback.classic.Level;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultTestEnvironment;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * What the chaos tests share: a department's clients (token, HTTP client, threads), the channel as Zhejiang's
 * peer holds it, a seeded random, the vault processes they start, and how each step ends — the outbox drained,
 * every document anchored, then a vault that cleans orphans every second removes those the kills left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChaosTest {

    static final int ROUNDS = Integer.getInteger("zk.chaos.rounds", 1);
    static final int CLIENTS = 4;
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    static final Duration SETTLE_DEADLINE = Duration.ofSeconds(120);
    private static final String UNANCHORED = "SELECT count(*) FROM document WHERE anchor_status <> 'ANCHORED'";
    /** Longer than the cleaning vault's own uploads take from their write to their commit under this load. */
    private static final String ORPHAN_GRACE = "5s";

    final String token = VaultTestEnvironment.tokens().mint(Role.DEPARTMENT, SHANGHAI_SAMR, "shanghai");
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    final FabricLedger zhejiang = Channel.asSeenBy("zhejiang");
    final long seed = Long.getLong("zk.chaos.seed", System.nanoTime());
    final Random random = new Random(seed);
    private final List<VaultProcess> started = new ArrayList<>();

    @BeforeAll
    void quietFonts() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(PDType1Font.class)).setLevel(Level.ERROR);
    }

    /** Starts a vault process with {@code properties}, logging to {@code log}; {@link #stopVaults} stops it. */
    VaultProcess start(Map<String, String> properties, Path log) {
        VaultProcess vault = VaultProcess.start(properties, log);
        started.add(vault);
        return vault;
    }

    /**
     * Starts a vault that cleans orphans every second, sparing claims younger than {@link #ORPHAN_GRACE}, and waits
     * until it answers.
     */
    VaultProcess startCleaning(Map<String, String> properties, Path log) throws InterruptedException {
        Map<String, String> cleaning = new HashMap<>(properties);
        cleaning.put("zhengku.store.orphan-grace", ORPHAN_GRACE);
        cleaning.put("zhengku.store.orphan-clean-interval", "1s");
        VaultProcess vault = start(cleaning, log);
        vault.awaitHealthy(http, START_TIMEOUT);
        return vault;
    }

    /** Waits until the outbox is empty and every document ANCHORED, or the deadline; the tally tells which. */
    static void awaitSettled(CrashAftermath aftermath) throws InterruptedException {
        awaitUntil(() -> aftermath.count(OUTBOX_ROWS) == 0 && aftermath.count(UNANCHORED) == 0, SETTLE_DEADLINE);
    }

    /**
     * Waits until the cleaning vault logging to {@code log} has removed the {@code orphans} counted before it
     * started (or the deadline), then tallies {@code load}.
     */
    static Tally tallyOnceCleaned(CrashAftermath aftermath, LicenceLoad load, long orphans, Path log)
            throws Exception {
        awaitUntil(() -> removedOrphans(log) >= orphans, SETTLE_DEADLINE);
        return aftermath.tally(load, orphans, log);
    }

    /** Stops the client threads and every vault still running. */
    void stopVaults() throws Exception {
        pool.shutdownNow();
        for (VaultProcess vault : started) {
            vault.stop();
        }
    }
}
