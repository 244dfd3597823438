package io.zhengku.vault.crash;

import static io.zhengku.vault.crash.CrashAftermath.awaitAll;
import static io.zhengku.vault.crash.CrashAftermath.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.vault.testing.VaultTestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Losing a component under load: while clients issue licences, the vault's PostgreSQL (step {@code postgres-kill})
 * or its S3 store ({@code s3-kill}) is killed by {@code kill -9}, stays down for a moment and is started again,
 * for {@code zk.chaos.rounds} rounds; the vault itself runs on throughout and must take licences again without a
 * restart. Both components are this test's own processes, never the ones the other tests share, and each step
 * gets a fresh database and bucket. Then, as in {@link CrashMatrixIT}, every acknowledged licence must be
 * ANCHORED, on the channel exactly once under its own identifier, nothing on the channel twice, every document
 * row with its file; files without a row, counted once the vault stopped, must all be removed by the orphan
 * cleaning of a vault started on the same database and bucket afterwards. A request the vault could not serve during an outage must be
 * refused clearly: a 5xx problem naming the missing dependency, never an unexplained 500.
 */
class ComponentLossIT extends ChaosTest {

    /** The kill comes 1 to 4 s into a round's load. */
    private static final int FIRST_KILL_MILLIS = 1_000;
    private static final int KILL_SPREAD_MILLIS = 3_000;
    private static final Duration OUTAGE = Duration.ofSeconds(2);
    /** Licences acknowledged after the restart that show the vault recovered on its own. */
    private static final int AFTER_THE_RESTART = 5;
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(90);

    /** The component a step kills, named as its row of the table. */
    enum Step {
        POSTGRES_KILL, S3_KILL;

        String setting() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final List<StepResult> results = new ArrayList<>();
    private Path work;
    private DatabaseProcess database;
    private StoreProcess store;

    /** What one step's rounds came to; {@code refusals} counts the answers other than 201 by status and code. */
    private record StepResult(Step step, int kills, Tally tally, Map<String, Integer> refusals, int unanswered) {
    }

    @BeforeAll
    void prepare() throws Exception {
        // Short: PostgreSQL's socket path under it must stay within the 107 bytes a unix socket's name may have.
        work = Files.createDirectories(Path.of("target", "component-loss",
                "run-" + Long.toString(System.currentTimeMillis(), 36))).toAbsolutePath();
        database = DatabaseProcess.start(work.resolve("state"), work);
        store = StoreProcess.start(work.resolve("state"), work);
    }

    @AfterAll
    void summarise() throws Exception {
        stopVaults();
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
        System.out.print(Tally.header());
        results.forEach(r -> System.out.print(r.tally().row(r.step().setting(), r.kills())));
        for (StepResult r : results) {
            System.out.printf("%s: refused %s, unanswered %d%n", r.step().setting(), r.refusals(), r.unanswered());
        }
        System.out.printf("component loss: %d acknowledged, %d lost, %d duplicated%n",
                results.stream().mapToInt(r -> r.tally().acknowledged()).sum(),
                results.stream().mapToLong(r -> r.tally().lost()).sum(),
                results.stream().mapToLong(r -> r.tally().duplicated()).sum());
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
        awaitSettled(aftermath);
        vault.stop();
        long orphans = aftermath.bucketOrphans(aftermath.documents());
        Path cleaningLog = work.resolve(step.setting() + "-cleaning.log");
        VaultProcess cleaner = startCleaning(properties, cleaningLog);
        Tally tally = tallyOnceCleaned(aftermath, load, orphans, cleaningLog);
        results.add(new StepResult(step, kills, tally, refusals(load), load.unanswered().size()));
        cleaner.stop();

        assertThat(stayedUp).as("the vault ran through every outage").isTrue();
        assertThat(recovered).as("rounds after which the vault, not restarted, acknowledged "
                + AFTER_THE_RESTART + " more licences").isEqualTo(ROUNDS);
        tally.assertNothingLost();
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

    /** The answers other than 201, counted by status and problem code. */
    private static Map<String, Integer> refusals(LicenceLoad load) {
        Map<String, Integer> refusals = new TreeMap<>();
        load.refused().values().forEach(r -> refusals.merge(r.status() + " " + problemCode(r.body()), 1,
                Integer::sum));
        return refusals;
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

}
