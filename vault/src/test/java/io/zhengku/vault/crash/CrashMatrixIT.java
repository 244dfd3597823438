package io.zhengku.vault.crash;

import static io.zhengku.vault.crash.CrashAftermath.OUTBOX_ROWS;
import static io.zhengku.vault.crash.CrashAftermath.awaitAll;
import static io.zhengku.vault.crash.CrashAftermath.awaitUntil;
import static io.zhengku.vault.crash.CrashAftermath.orphanCheckDone;
import static io.zhengku.vault.crash.CrashAftermath.reportedOrphans;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.crash.CrashAftermath.DocumentState;
import io.zhengku.vault.fault.CrashPoint;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultTestEnvironment;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * The crash matrix: for each {@link CrashPoint} of issuance and anchoring, a vault armed with it is killed by
 * {@code kill -9} at that point while clients issue licences, started again armed, killed again, for
 * {@code zk.chaos.rounds} rounds (1 inside {@code ./zk test}; {@code ./zk chaos crash --rounds N} sets more);
 * then a vault without the fault settles on the same database and bucket and issues a few more. Each step gets a fresh database and
 * bucket, so its figures are its own. Then every acknowledged licence must be ANCHORED, on the channel (read
 * through Zhejiang's peer) exactly once under its own identifier, no document may be on the channel twice, and
 * every document row must have its file; files without a row are counted and must equal what the restarted
 * vault's orphan report says. A table and a last line {@code chaos-crash: N acknowledged, L lost, D duplicated}
 * sum it up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashMatrixIT {

    private static final int ROUNDS = Integer.getInteger("zk.chaos.rounds", 1);
    private static final int CLIENTS = 4;
    /**
     * The kill comes at a pass between {@code CLIENTS + 1} and {@code CLIENTS + PASSES}: rounds die at different
     * moments, mostly after some licences were acknowledged.
     */
    private static final int PASSES = 8;
    /** Licences the settled vault issues after the kills: it must work, and every step acknowledges some. */
    private static final int AFTER_THE_KILLS = 10;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ROUND_DEADLINE = Duration.ofSeconds(90);
    private static final Duration SETTLE_DEADLINE = Duration.ofSeconds(120);
    private static final String UNANCHORED = "SELECT count(*) FROM document WHERE anchor_status <> 'ANCHORED'";

    private final String token = VaultTestEnvironment.tokens().mint(Role.DEPARTMENT, SHANGHAI_SAMR, "shanghai");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    private final FabricLedger zhejiang = Channel.asSeenBy("zhejiang");
    private final long seed = Long.getLong("zk.chaos.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final List<StepResult> results = new ArrayList<>();
    private final List<VaultProcess> started = new ArrayList<>();
    private Path work;

    /** What one step's rounds came to. */
    private record StepResult(CrashPoint point, int kills, int acknowledged, long anchoredOnce, long lost,
                              long duplicated, long orphans, int reportedOrphans, long rowsWithoutObject) {
    }

    @BeforeAll
    void prepare() throws Exception {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash-matrix")), "run-")
                .toAbsolutePath();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(PDType1Font.class)).setLevel(Level.ERROR);
    }

    @AfterAll
    void summarise() throws Exception {
        pool.shutdownNow();
        for (VaultProcess vault : started) {
            vault.stop();
        }
        System.out.printf("chaos crash matrix: %d round(s) per step, %d clients, kill -9 at pass %d-%d (seed %d),"
                + " then %d licences through the settled vault; fresh database and bucket per step, channel read"
                + " through Zhejiang's peer%n", ROUNDS, CLIENTS, CLIENTS + 1, CLIENTS + PASSES, seed,
                AFTER_THE_KILLS);
        System.out.printf("%-14s %5s %12s %13s %4s %10s %13s %19s%n", "step", "kills", "acknowledged",
                "anchored-once", "lost", "duplicated", "orphans(rep.)", "rows-without-object");
        for (StepResult r : results) {
            System.out.printf("%-14s %5d %12d %13d %4d %10d %13s %19d%n", r.point().setting(), r.kills(),
                    r.acknowledged(), r.anchoredOnce(), r.lost(), r.duplicated(),
                    r.orphans() + "(" + r.reportedOrphans() + ")", r.rowsWithoutObject());
        }
        System.out.printf("chaos-crash: %d acknowledged, %d lost, %d duplicated%n",
                results.stream().mapToInt(StepResult::acknowledged).sum(),
                results.stream().mapToLong(StepResult::lost).sum(),
                results.stream().mapToLong(StepResult::duplicated).sum());
    }

    @ParameterizedTest(name = "kill -9 {0}")
    @EnumSource(CrashPoint.class)
    void every_acknowledged_licence_is_anchored_exactly_once_after_kills_at(CrashPoint point) throws Exception {
        Map<String, String> properties = VaultTestEnvironment.properties();
        CrashAftermath aftermath = new CrashAftermath(properties, pool, zhejiang);
        LicenceLoad load = new LicenceLoad(http, token, "MATRIX-" + point.ordinal() + "-", 1_000_000);
        int kills = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            kills += killedOnce(point, round, properties, aftermath, load) ? 1 : 0;
        }
        Path settledLog = work.resolve(point.setting() + "-settled.log");
        VaultProcess settled = start(properties, settledLog);
        settled.awaitHealthy(http, START_TIMEOUT);
        int sentBefore = load.sent();
        awaitAll(load.send(pool, settled.base(), CLIENTS, () -> load.sent() < sentBefore + AFTER_THE_KILLS));
        awaitUntil(() -> aftermath.count(OUTBOX_ROWS) == 0 && aftermath.count(UNANCHORED) == 0, SETTLE_DEADLINE);
        awaitUntil(() -> orphanCheckDone(settledLog), SETTLE_DEADLINE);
        StepResult result = measure(point, kills, load, aftermath, settledLog);
        results.add(result);
        settled.stop();

        assertThat(kills).as("rounds in which the vault died of kill -9 at " + point.setting()).isEqualTo(ROUNDS);
        assertThat(result.acknowledged()).as("licences acknowledged").isPositive();
        assertThat(result.lost()).as("acknowledged licences not anchored once under their own id").isZero();
        assertThat(result.anchoredOnce()).as("acknowledged licences anchored exactly once")
                .isEqualTo(result.acknowledged());
        assertThat(result.duplicated()).as("documents on the channel more than once").isZero();
        assertThat(result.rowsWithoutObject()).as("document rows whose file is not in the store").isZero();
        assertThat((long) result.reportedOrphans()).as("orphans the settled vault reported")
                .isEqualTo(result.orphans());
        assertThat(load.refused()).as("requests answered other than 201").isEmpty();
    }

    /** One round: an armed vault, clients until it dies; true when it died of kill -9. */
    private boolean killedOnce(CrashPoint point, int round, Map<String, String> properties, CrashAftermath aftermath,
                               LicenceLoad load) throws Exception {
        Map<String, String> armed = new HashMap<>(properties);
        armed.put("zhengku.fault.crash-at", point.setting());
        armed.put("zhengku.fault.crash-on", Integer.toString(CLIENTS + 1 + random.nextInt(PASSES)));
        VaultProcess vault = start(armed, work.resolve(point.setting() + "-round-" + round + ".log"));
        if (vault.awaitHealthyUnlessKilled(http, START_TIMEOUT)) {
            try (Connection connection = aftermath.connect()) {
                VaultTestEnvironment.continueSerials(connection);
            }
            List<Future<?>> clients = load.send(pool, vault.base(), CLIENTS, vault::alive);
            boolean killed = vault.awaitDeath(ROUND_DEADLINE) && vault.diedOfSigkill();
            vault.stop(); // a vault the point never killed fails the kill count, not the run
            awaitAll(clients);
            return killed;
        }
        return vault.diedOfSigkill();
    }

    private StepResult measure(CrashPoint point, int kills, LicenceLoad load, CrashAftermath aftermath,
                               Path settledLog) throws Exception {
        Map<String, DocumentState> documents = aftermath.documents();
        Map<String, List<DocumentVersion>> onChannel = aftermath.onChannel(documents.values());
        Set<String> stored = aftermath.storedKeys();
        long anchoredOnce = load.acknowledged().keySet().stream().filter(id -> {
            DocumentState row = documents.get(id);
            List<DocumentVersion> versions = row == null ? List.of() : onChannel.get(row.sha256());
            return row != null && row.anchorStatus().equals("ANCHORED") && versions.size() == 1
                    && versions.get(0).record().entry().documentId().equals(id);
        }).count();
        long lost = load.acknowledged().keySet().stream().filter(id -> !documents.containsKey(id)
                || onChannel.get(documents.get(id).sha256()).isEmpty()).count();
        long duplicated = onChannel.values().stream().filter(versions -> versions.size() > 1).count();
        long rowsWithoutObject = documents.values().stream().filter(d -> !stored.contains(d.objectKey())).count();
        long orphans = aftermath.bucketOrphans(documents);
        Integer reported = reportedOrphans(Files.readString(settledLog, StandardCharsets.UTF_8));
        return new StepResult(point, kills, load.acknowledged().size(), anchoredOnce, lost, duplicated, orphans,
                reported == null ? 0 : reported, rowsWithoutObject);
    }

    private VaultProcess start(Map<String, String> properties, Path log) {
        VaultProcess vault = VaultProcess.start(properties, log);
        started.add(vault);
        return vault;
    }
}
