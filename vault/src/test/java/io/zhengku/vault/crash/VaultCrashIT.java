package io.zhengku.vault.crash;

import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static io.zhengku.vault.crash.CrashAftermath.OUTBOX_ROWS;
import static io.zhengku.vault.crash.CrashAftermath.awaitAll;
import static io.zhengku.vault.crash.CrashAftermath.awaitUntil;
import static io.zhengku.vault.crash.CrashAftermath.orphanCheckDone;
import static io.zhengku.vault.crash.CrashAftermath.reportedOrphans;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.crash.CrashAftermath.DocumentState;
import io.zhengku.vault.crash.LicenceLoad.Acknowledged;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultTestEnvironment;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The acceptance test of the transactional outbox: {@code kill -9} of the vault in the middle of 1,000
 * issuances and their anchoring. A vault runs in its own JVM against real PostgreSQL, S3 (S3Proxy, in this
 * JVM) and Shanghai's identity on the real channel. Eight clients issue licences; after 300 acknowledgments
 * the vault is killed, the clients keep sending for a moment into the void, the vault is started again on the
 * same database and bucket, and the clients send the rest. Then every acknowledged licence must be ANCHORED,
 * every stored document must be on the channel (read through Zhejiang's peer) exactly once, as one version of
 * its record under its own id, in the batch the vault recorded or, for a document the killed vault had sent
 * but not recorded, a batch on the channel that holds it too; the outbox must be empty and the orphan report
 * must count what the crash left. The summary line counts those re-sent documents.
 *
 * <p>1,000 requests take about a minute on a 2-core machine (each licence is parsed, sealed twice with SM2 and
 * stored; the vault, S3Proxy and PostgreSQL share the cores with the clients).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaultCrashIT {

    private static final int TOTAL = 1_000;
    private static final int KILL_AFTER = 300;
    private static final int CLIENTS = 8;
    private static final Duration KILL_AT_THE_LATEST = Duration.ofSeconds(45);
    private static final Duration SENDING_TO_THE_DEAD = Duration.ofSeconds(1);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ANCHORING_DEADLINE = Duration.ofSeconds(60);
    private static final String AUDITED_ISSUES = "SELECT count(*) FROM (SELECT d.id FROM document d JOIN audit_event a"
            + " ON a.target = d.id AND a.action = 'licence.issue' AND a.outcome = 'ok'"
            + " GROUP BY d.id HAVING count(*) = 1) audited";

    private final Map<String, String> properties = VaultTestEnvironment.properties();
    private final String token = VaultTestEnvironment.tokens().mint(Role.DEPARTMENT, SHANGHAI_SAMR, "shanghai");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    private final FabricLedger zhejiang = Channel.asSeenBy("zhejiang");
    private final CrashAftermath aftermath = new CrashAftermath(properties, pool, zhejiang);
    private Path work;
    private VaultProcess vault;

    @BeforeAll
    void prepare() throws Exception {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "vault-crash")), "run-")
                .toAbsolutePath();
        // Without Helvetica installed, PDFBox warns about its fallback font once for each of the 1,000 files.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(PDType1Font.class)).setLevel(Level.ERROR);
    }

    @AfterAll
    void stop() throws Exception {
        pool.shutdownNow();
        if (vault != null) {
            vault.stop();
        }
    }

    @Test
    void every_acknowledged_licence_is_anchored_exactly_once_after_a_kill_9_in_the_middle_of_1000_issuances()
            throws Exception {
        long started = System.nanoTime();
        LicenceLoad load = new LicenceLoad(http, token, "CRASH-", TOTAL);

        AtKill atKill = issueUntilKilled(load);
        vault = startVault("vault-2.log");
        awaitAll(load.send(pool, vault.base(), CLIENTS, () -> true));
        Map<String, String> notAnchored = awaitAnchored(load.acknowledged().keySet());
        awaitUntil(() -> aftermath.count(OUTBOX_ROWS) == 0, ANCHORING_DEADLINE);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Map<String, DocumentState> documents = aftermath.documents();
        Map<String, List<DocumentVersion>> onChannel = aftermath.onChannel(documents.values());
        long bucketOrphans = aftermath.bucketOrphans(documents);
        // The orphan check runs beside the start: wait for its verdict, one line or the other.
        Path restarted = work.resolve("vault-2.log");
        awaitUntil(() -> orphanCheckDone(restarted), ANCHORING_DEADLINE);
        String restartedLog = Files.readString(restarted, StandardCharsets.UTF_8);
        Integer reportedOrphans = reportedOrphans(restartedLog);
        long resent = documents.values().stream().filter(d -> !onChannel.get(d.sha256()).isEmpty()
                && !d.anchorTxId().equals(onChannel.get(d.sha256()).get(0).transactionId())).count();
        printSummary(load, atKill, documents, resent, restartedLog, bucketOrphans, took);

        assertThat(load.refused()).as("requests answered other than 201").isEmpty();
        assertThat(notAnchored).as("acknowledged licences not ANCHORED within " + ANCHORING_DEADLINE).isEmpty();
        assertNothingAcknowledgedWasLost(load.acknowledged(), documents);
        assertEveryDocumentWasSentAndAnsweredOrCutOff(documents, load, atKill.unanswered());
        assertEveryDocumentIsOnTheChannelExactlyOnce(documents, onChannel);
        assertThat(aftermath.count(OUTBOX_ROWS)).as("rows left in the outbox").isZero();
        // The audit line is written in the document's transaction: every stored licence has exactly one.
        assertThat(aftermath.count(AUDITED_ISSUES)).as("licences with exactly one audit line of their issue")
                .isEqualTo(documents.size());
        assertThat(reportedOrphans == null ? 0 : reportedOrphans).as("orphans the restarted vault reported")
                .isEqualTo(bucketOrphans);
    }

    /** What the clients had when the vault was killed. */
    private record AtKill(int acknowledged, Set<String> unanswered) {
    }

    /**
     * Starts the vault and the clients, kills the vault after {@value #KILL_AFTER} acknowledgments and lets the
     * clients send into the void for a moment.
     */
    private AtKill issueUntilKilled(LicenceLoad load) throws Exception {
        vault = startVault("vault-1.log");
        try (Connection connection = aftermath.connect()) {
            VaultTestEnvironment.continueSerials(connection);
        }
        AtomicLong killedAt = new AtomicLong();
        List<Future<?>> clients = load.send(pool, vault.base(), CLIENTS,
                () -> killedAt.get() == 0 || System.nanoTime() - killedAt.get() < SENDING_TO_THE_DEAD.toNanos());
        awaitUntil(() -> load.acknowledged().size() >= KILL_AFTER, KILL_AT_THE_LATEST);
        vault.kill();
        killedAt.set(System.nanoTime());
        awaitAll(clients);
        assertThat(vault.diedOfSigkill()).as("exit status of the killed vault").isTrue();
        return new AtKill(load.acknowledged().size(), load.unanswered().keySet());
    }

    private static void printSummary(LicenceLoad load, AtKill atKill, Map<String, DocumentState> documents,
                                     long resent, String restartedLog, long orphans, Duration took) {
        long lostAnswers = documents.values().stream().filter(d -> atKill.unanswered().contains(d.sha256())).count();
        long anchored = documents.values().stream().filter(d -> d.anchorStatus().equals("ANCHORED")).count();
        System.out.printf("vault crash: sent %d, acknowledged %d (%d before kill -9), lost-answers %d, unanswered %d,"
                        + " anchored after restart %d of %d documents on the real channel, re-sent after the restart"
                        + " although already on the channel %d, orphans %d (reported %s), time %.1f s%n", load.sent(),
                load.acknowledged().size(), atKill.acknowledged(), lostAnswers, load.unanswered().size(), anchored,
                documents.size(), resent, orphans, reportedOrphans(restartedLog), took.toMillis() / 1000.0);
    }

    private VaultProcess startVault(String logName) throws InterruptedException {
        VaultProcess started = VaultProcess.start(properties, work.resolve(logName));
        try {
            started.awaitHealthy(http, START_TIMEOUT);
            return started;
        } catch (RuntimeException | InterruptedException e) {
            vault = started; // so that @AfterAll stops it
            throw e;
        }
    }

    private static void assertNothingAcknowledgedWasLost(Map<String, Acknowledged> acknowledged,
                                                         Map<String, DocumentState> documents) {
        acknowledged.values().forEach(ack -> assertThat(ack.storedSha256()).as("SHA-256 answered for " + ack.id())
                .isEqualTo(ack.licence().sha256()));
        assertThat(documents.keySet()).as("documents stored").containsAll(acknowledged.keySet());
        acknowledged.values().forEach(ack -> assertThat(documents.get(ack.id()).sha256())
                .as("SHA-256 stored for " + ack.id()).isEqualTo(ack.licence().sha256()));
    }

    /** A document nobody was told about may only come from a request whose answer the kill cut off. */
    private static void assertEveryDocumentWasSentAndAnsweredOrCutOff(Map<String, DocumentState> documents,
                                                                       LicenceLoad load, Set<String> unansweredAtKill) {
        List<String> unexplained = documents.values().stream()
                .filter(d -> !load.acknowledged().containsKey(d.id()) && !unansweredAtKill.contains(d.sha256()))
                .map(DocumentState::id).toList();
        assertThat(unexplained).as("documents stored for no request that was acknowledged or cut off").isEmpty();
        assertThat(load.unanswered().keySet()).as("requests unanswered after the restart")
                .isEqualTo(unansweredAtKill);
    }

    private void assertEveryDocumentIsOnTheChannelExactlyOnce(Map<String, DocumentState> documents,
                                                              Map<String, List<DocumentVersion>> onChannel)
            throws LedgerException {
        Map<String, Integer> notOnce = new HashMap<>();
        onChannel.forEach((sha256, versions) -> {
            if (versions.size() != 1) {
                notOnce.put(sha256, versions.size());
            }
        });
        assertThat(notOnce).as("digests the channel holds other than once (versions)").isEmpty();
        for (DocumentState document : documents.values()) {
            DocumentRecord record = onChannel.get(document.sha256()).get(0).record();
            assertThat(document.anchorStatus()).as("anchor status of " + document.id()).isEqualTo("ANCHORED");
            assertThat(record.entry().documentId()).as("document id anchored with " + document.sha256())
                    .isEqualTo(document.id());
            if (!document.anchorBatchId().equals(record.batchId())) {
                // Sent again after the restart: the contract skipped it, and the batch the vault recorded holds it too.
                assertThat(zhejiang.findBatch(document.anchorBatchId())).as("batch recorded for " + document.id())
                        .isPresent();
            }
        }
    }

    /** Reads every acknowledged licence back through the API until all are ANCHORED; returns those that are not. */
    private Map<String, String> awaitAnchored(Set<String> ids) throws Exception {
        Map<String, String> waiting = new ConcurrentHashMap<>();
        ids.forEach(id -> waiting.put(id, "unread"));
        long deadline = System.nanoTime() + ANCHORING_DEADLINE.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            List<Future<?>> reads = new ArrayList<>();
            for (String id : List.copyOf(waiting.keySet())) {
                reads.add(pool.submit(() -> {
                    String state = anchorStatusOf(id);
                    if (state.equals("ANCHORED")) {
                        waiting.remove(id);
                    } else {
                        waiting.put(id, state);
                    }
                    return null;
                }));
            }
            awaitAll(reads);
            Thread.sleep(waiting.isEmpty() ? 0 : 200);
        }
        return Map.copyOf(waiting);
    }

    private String anchorStatusOf(String id) throws Exception {
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(vault.base().resolve("/api/v1/licences/" + id))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return read.statusCode() == 200
                ? JsonObjectReader.parse(read.body(), "licence").string("anchorStatus")
                : "HTTP " + read.statusCode();
    }
}
