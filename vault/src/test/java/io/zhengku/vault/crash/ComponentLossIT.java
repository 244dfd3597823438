package io.zhengku.vault.crash;

import static io.zhengku.vault.crash.CrashAftermath.OUTBOX_ROWS;
import static io.zhengku.vault.crash.CrashAftermath.awaitAll;
import static io.zhengku.vault.crash.CrashAftermath.awaitUntil;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.crash.CrashAftermath.DocumentState;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultTestEnvironment;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Losing a component under load: while clients issue licences, the vault's PostgreSQL (step {@code postgres-kill})
 * or its S3 store ({@code s3-kill}) is killed by {@code kill -9}, stays down for a moment and is started again,
 * for {@code zk.chaos.rounds} rounds; the vault itself runs on throughout and must take licences again without a
 * restart. Both components are this test's own processes, never the ones the other tests share, and each step
 * gets a fresh database and bucket. Then, as in {@link CrashMatrixIT}, every acknowledged licence must be
 * ANCHORED, on the channel exactly once under its own identifier, nothing on the channel twice, every document
 * row with its file; files without a row are counted. A request the vault could not serve during an outage must be
 * refused clearly: a 5xx problem naming the missing dependency, never an unexplained 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComponentLossIT {

    private static final int ROUNDS = Integer.getInteger("zk.chaos.rounds", 1);
    private static final int CLIENTS = 4;
    /** The kill comes 1 to 4 s into a round's load. */
    private static final int FIRST_KILL_MILLIS = 1_000;
    private static final int KILL_SPREAD_MILLIS = 3_000;
    private static final Duration OUTAGE = Duration.ofSeconds(2);
    /** Licences acknowledged after the restart that show the vault recovered on its own. */
    private static final int AFTER_THE_RESTART = 5;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(90);
    private static final Duration SETTLE_DEADLINE = Duration.ofSeconds(120);
    private static final String UNANCHORED = "SELECT count(*) FROM document WHERE anchor_status <> 'ANCHORED'";

    /** The component a step kills, named as its row of the table. */
    enum Step {
        POSTGRES_KILL, S3_KILL;

        String setting() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

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
    private DatabaseProcess database;
    private StoreProcess store;

    /** What one step's rounds came to; {@code refusals} counts the answers other than 201 by status and code. */
    private record StepResult(Step step, int kills, int acknowledged, long anchoredOnce, long lost, long duplicated,
                              long orphans, long rowsWithoutObject, Map<String, Integer> refusals, int unanswered) {
    }

    @BeforeAll
    void prepare() throws Exception {
        // Short: PostgreSQL's socket path under it must stay within the 107 bytes a unix socket's name may have.
        work = Files.createDirectories(Path.of("target", "component-loss",
                "run-" + Long.toString(System.currentTimeMillis(), 36))).toAbsolutePath();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(PDType1Font.class)).setLevel(Level.ERROR);
        database = DatabaseProcess.start(work.resolve("state"), work);
        store = StoreProcess.start(work.resolve("state"), work);
    }

    @AfterAll
    void summarise() throws Exception {
        pool.shutdownNow();
        for (VaultProcess vault : started) {
            vault.stop();
        }
        if (database != null) {
            database.remove();
        }
        if (store != null) {
            store.remove();
        }
        System.out.printf("component loss: %d round(s) per step, %d clients, kill -9 of PostgreSQL or S3Proxy"
                + " 1-4 s into the load, down for %d s, then load until %d more licences are acknowledged (seed %d);"
                + " the vault runs throughout; fresh database and bucket per step, channel read through Zhejiang's"
                + " peer%n", ROUNDS, CLIENTS, OUTAGE.toSeconds(), AFTER_THE_RESTART, seed);
        System.out.printf("%-14s %5s %12s %13s %4s %10s %13s %19s%n", "step", "kills", "acknowledged",
                "anchored-once", "lost", "duplicated", "orphans", "rows-without-object");
        for (StepResult r : results) {
            System.out.printf("%-14s %5d %12d %13d %4d %10d %13d %19d%n", r.step().setting(), r.kills(),
                    r.acknowledged(), r.anchoredOnce(), r.lost(), r.duplicated(), r.orphans(),
                    r.rowsWithoutObject());
        }
        for (StepResult r : results) {
            System.out.printf("%s: refused %s, unanswered %d%n", r.step().setting(), r.refusals(), r.unanswered());
        }
        System.out.printf("component loss: %d acknowledged, %d lost, %d duplicated%n",
                results.stream().mapToInt(StepResult::acknowledged).sum(),
                results.stream().mapToLong(StepResult::lost).sum(),
                results.stream().mapToLong(StepResult::duplicated).sum());
    }

    @ParameterizedTest(name = "kill -9 {0}")
    @EnumSource(Step.class)
    void every_acknowledged_licence_is_anchored_exactly_once_after_the_vault_lost(Step step) throws Exception {
        Map<String, String> properties = onTheseComponents(step);
        CrashAftermath aftermath = new CrashAftermath(properties, pool, zhejiang);
        VaultProcess vault = start(properties, work.resolve(step.setting() + "-vault.log"));
        vault.awaitHealthy(http, START_TIMEOUT);
        try (Connection connection = aftermath.connect()) {
            VaultTestEnvironment.continueSerials(connection);
        }
        LicenceLoad load = new LicenceLoad(http, token, "LOSS-" + step.ordinal() + "-", 1_000_000);
        int kills = 0;
        int recovered = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            int acknowledgedAfterRestart = lossUnderLoad(step, vault, load);
            kills++;
            recovered += acknowledgedAfterRestart >= AFTER_THE_RESTART ? 1 : 0;
        }
        boolean stayedUp = vault.alive();
        awaitUntil(() -> aftermath.count(OUTBOX_ROWS) == 0 && aftermath.count(UNANCHORED) == 0, SETTLE_DEADLINE);
        StepResult result = measure(step, kills, load, aftermath);
        results.add(result);
        vault.stop();

        assertThat(stayedUp).as("the vault ran through every outage").isTrue();
        assertThat(recovered).as("rounds after which the vault, not restarted, acknowledged "
                + AFTER_THE_RESTART + " more licences").isEqualTo(ROUNDS);
        assertThat(result.acknowledged()).as("licences acknowledged").isPositive();
        assertThat(result.lost()).as("acknowledged licences not anchored once under their own id").isZero();
        assertThat(result.anchoredOnce()).as("acknowledged licences anchored exactly once")
                .isEqualTo(result.acknowledged());
        assertThat(result.duplicated()).as("documents on the channel more than once").isZero();
        assertThat(result.rowsWithoutObject()).as("document rows whose file is not in the store").isZero();
        assertThat(unclearRefusals(load)).as("answers other than 201 that are not a 5xx problem naming its cause")
                .isEmpty();
        assertThat(load.unanswered()).as("requests the running vault never answered").isEmpty();
    }

    /**
     * One round: load, kill -9 of the step's component after 1-4 s, load through the outage, the component started
     * again, load until the vault has acknowledged a few more (or the deadline); returns how many it did.
     */
    private int lossUnderLoad(Step step, VaultProcess vault, LicenceLoad load) throws Exception {
        AtomicBoolean carryOn = new AtomicBoolean(true);
        List<Future<?>> clients = load.send(pool, vault.base(), CLIENTS, carryOn::get);
        try {
            Thread.sleep(FIRST_KILL_MILLIS + random.nextInt(KILL_SPREAD_MILLIS));
            if (step == Step.POSTGRES_KILL) {
                database.kill();
            } else {
                store.kill();
            }
            Thread.sleep(OUTAGE.toMillis());
            if (step == Step.POSTGRES_KILL) {
                database.restart();
            } else {
                store.restart();
            }
            int atRestart = load.acknowledged().size();
            awaitUntil(() -> load.acknowledged().size() >= atRestart + AFTER_THE_RESTART || !vault.alive(),
                    RECOVERY_DEADLINE);
            return load.acknowledged().size() - atRestart;
        } finally {
            carryOn.set(false);
            awaitAll(clients);
        }
    }

    /** The step's properties: a vault of Shanghai on this test's own cluster (a fresh database) and store. */
    private Map<String, String> onTheseComponents(Step step) {
        Map<String, String> properties = VaultTestEnvironment.properties();
        String name = "loss_" + step.name().toLowerCase(Locale.ROOT) + "_" + Long.toString(System.nanoTime(), 36);
        properties.put("datasources.default.url", database.newDatabase(name));
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("zhengku.store.endpoint", store.endpoint());
        properties.put("zhengku.store.access-key", store.accessKey());
        properties.put("zhengku.store.secret-key", store.secretKey());
        return properties;
    }

    private StepResult measure(Step step, int kills, LicenceLoad load, CrashAftermath aftermath) throws Exception {
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
        Map<String, Integer> refusals = new TreeMap<>();
        load.refused().values().forEach(r -> refusals.merge(r.status() + " " + problemCode(r.body()), 1,
                Integer::sum));
        return new StepResult(step, kills, load.acknowledged().size(), anchoredOnce, lost, duplicated,
                aftermath.bucketOrphans(documents), rowsWithoutObject, refusals, load.unanswered().size());
    }

    /**
     * Refusals that do not tell the client a dependency is missing: anything but a 5xx problem+json with a code
     * of its own (the catch-all {@code internal-error} names no cause), each as its status and body.
     */
    private static List<String> unclearRefusals(LicenceLoad load) {
        return load.refused().values().stream()
                .filter(r -> r.status() <= 500 || r.status() > 599 || problemCode(r.body()).equals("internal-error")
                        || problemCode(r.body()).isEmpty())
                .map(r -> r.status() + " " + r.body()).toList();
    }

    private static String problemCode(String body) {
        try {
            String code = JsonObjectReader.parse(body, "problem").optionalString("code");
            return code == null ? "" : code;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private VaultProcess start(Map<String, String> properties, Path log) {
        VaultProcess vault = VaultProcess.start(properties, log);
        started.add(vault);
        return vault;
    }
}
