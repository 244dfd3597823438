package io.zhengku.vault.crash;

import static io.zhengku.vault.crash.CrashAftermath.awaitAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.vault.fault.CrashPoint;
import io.zhengku.vault.testing.VaultTestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The crash matrix: for each {@link CrashPoint} of issuance and anchoring, a vault armed with it is killed by
 * {@code kill -9} at that point while clients issue licences, started again armed, killed again, for
 * {@code zk.chaos.rounds} rounds (1 inside {@code ./zk test}; {@code ./zk chaos crash --rounds N} sets more);
 * then a vault without the fault settles on the same database and bucket, issues a few more and cleans the
 * orphans (every second; {@link ChaosTest#startCleaning}). Each step gets a fresh database and bucket, so its
 * figures are its own. Then every acknowledged licence must be ANCHORED, on the channel (read through Zhejiang's
 * peer) exactly once under its own identifier, no document may be on the channel twice, every document row must
 * have its file, and the files without a row, counted before the settled vault starts, must all be removed
 * ({@link Tally#assertNothingLost}). A table and a last line {@code crash matrix: N acknowledged, L lost,
 * D duplicated} sum it up ({@code ./zk chaos crash} adds {@link ComponentLossIT}'s to its {@code chaos-crash}
 * line).
 */
class CrashMatrixIT extends ChaosTest {

    /**
     * The kill comes at a pass between {@code CLIENTS + 1} and {@code CLIENTS + PASSES}: rounds die at different
     * moments, mostly after some licences were acknowledged.
     */
    private static final int PASSES = 8;
    /** Licences the settled vault issues after the kills: it must work, and every step acknowledges some. */
    private static final int AFTER_THE_KILLS = 10;
    private static final Duration ROUND_DEADLINE = Duration.ofSeconds(90);

    private final List<StepResult> results = new ArrayList<>();
    private Path work;

    /** What one step's rounds came to. */
    private record StepResult(CrashPoint point, int kills, Tally tally) {
    }

    @BeforeAll
    void prepare() throws Exception {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash-matrix")), "run-")
                .toAbsolutePath();
    }

    @AfterAll
    void summarise() throws Exception {
        stopVaults();
        System.out.printf("chaos crash matrix: %d round(s) per step, %d clients, kill -9 at pass %d-%d (seed %d),"
                + " then %d licences through the settled vault; fresh database and bucket per step, channel read"
                + " through Zhejiang's peer%n", ROUNDS, CLIENTS, CLIENTS + 1, CLIENTS + PASSES, seed,
                AFTER_THE_KILLS);
        System.out.print(Tally.header());
        results.forEach(r -> System.out.print(r.tally().row(r.point().setting(), r.kills())));
        System.out.printf("crash matrix: %d acknowledged, %d lost, %d duplicated%n",
                results.stream().mapToInt(r -> r.tally().acknowledged()).sum(),
                results.stream().mapToLong(r -> r.tally().lost()).sum(),
                results.stream().mapToLong(r -> r.tally().duplicated()).sum());
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
        long orphans = aftermath.bucketOrphans(aftermath.documents());
        Path settledLog = work.resolve(point.setting() + "-settled.log");
        VaultProcess settled = startCleaning(properties, settledLog);
        int sentBefore = load.sent();
        awaitAll(load.send(pool, settled.base(), CLIENTS, () -> load.sent() < sentBefore + AFTER_THE_KILLS));
        awaitSettled(aftermath);
        Tally tally = tallyOnceCleaned(aftermath, load, orphans, settledLog);
        results.add(new StepResult(point, kills, tally));
        settled.stop();

        assertThat(kills).as("rounds in which the vault died of kill -9 at " + point.setting()).isEqualTo(ROUNDS);
        tally.assertNothingLost();
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

}
