package io.zhengku.vault.crash;

import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.crash.LicenceLoad.Acknowledged;
import io.zhengku.vault.store.ObjectStore;
import io.zhengku.vault.testing.VaultTestEnvironment;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The acceptance test of the transactional outbox: {@code kill -9} of the vault in the middle of 1,000
 * issuances. A vault runs in its own JVM against real PostgreSQL and S3 (S3Proxy, in this JVM) and a ledger
 * double that keeps its anchors in a journal on disk ({@link JournalLedger}). Eight clients issue licences;
 * after 300 acknowledgments the vault is killed, the clients keep sending for a moment into the void, the vault
 * is started again on the same database, bucket and journal, and the clients send the rest. Then every
 * acknowledged licence must be ANCHORED, every stored document must be in the ledger exactly once with the
 * receipt of its first anchor, the outbox must be empty and the orphan report must count what the crash left.
 * The summary line also counts how often the restarted vault asked the ledger for an anchor it already held:
 * documents the ledger committed but the killed vault never recorded, and any handed over twice by the worker.
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
    private static final Pattern ORPHANS = Pattern.compile("(\\d+) stored file\\(s\\) belong to no document");
    private static final String OUTBOX_ROWS = "SELECT count(*) FROM anchor_outbox";
    private static final String AUDITED_ISSUES = "SELECT count(*) FROM (SELECT d.id FROM document d JOIN audit_event a"
            + " ON a.target = d.id AND a.action = 'licence.issue' AND a.outcome = 'ok'"
            + " GROUP BY d.id HAVING count(*) = 1) audited";
    private static final Pattern REPEATED_ANCHOR = Pattern.compile("is already anchored as journal-(\\d+)");

    private final Map<String, String> properties = VaultTestEnvironment.properties();
    private final String token = VaultTestEnvironment.tokens().mint(Role.DEPARTMENT, SHANGHAI_SAMR, "shanghai");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    private Path work;
    private Path journal;
    private VaultProcess vault;

    @BeforeAll
    void prepare() throws Exception {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "vault-crash")), "run-")
                .toAbsolutePath();
        journal = work.resolve("ledger-journal.txt");
        properties.put(JournalLedger.JOURNAL_PROPERTY, journal.toString());
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
        LicenceLoad load = new LicenceLoad(http, token, TOTAL);

        AtKill atKill = issueUntilKilled(load);
        vault = startVault("vault-2.log");
        awaitAll(load.send(pool, vault.base(), CLIENTS, () -> true));
        Map<String, String> notAnchored = awaitAnchored(load.acknowledged().keySet());
        awaitUntil(() -> count(OUTBOX_ROWS) == 0, ANCHORING_DEADLINE);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Map<String, DocumentState> documents = documents();
        Map<String, List<String[]>> ledgerLines = JournalLedger.read(journal).stream()
                .collect(groupingBy(line -> line[0]));
        long bucketOrphans = bucketOrphans(documents);
        // The orphan check runs beside the start: wait for its verdict, one line or the other.
        Path restarted = work.resolve("vault-2.log");
        awaitUntil(() -> orphanCheckDone(restarted), ANCHORING_DEADLINE);
        String restartedLog = Files.readString(restarted, StandardCharsets.UTF_8);
        Integer reportedOrphans = reportedOrphans(restartedLog);
        printSummary(load, atKill, documents, ledgerLines.size(), restartedLog, bucketOrphans, took);

        assertThat(load.refused()).as("requests answered other than 201").isEmpty();
        assertThat(notAnchored).as("acknowledged licences not ANCHORED within " + ANCHORING_DEADLINE).isEmpty();
        assertNothingAcknowledgedWasLost(load.acknowledged(), documents);
        assertEveryDocumentWasSentAndAnsweredOrCutOff(documents, load, atKill.unanswered());
        assertEveryDocumentIsInTheLedgerExactlyOnce(documents, ledgerLines);
        assertThat(count(OUTBOX_ROWS)).as("rows left in the outbox").isZero();
        // The audit line is written in the document's transaction: every stored licence has exactly one.
        assertThat(count(AUDITED_ISSUES)).as("licences with exactly one audit line of their issue")
                .isEqualTo(documents.size());
        assertThat(reportedOrphans == null ? 0 : reportedOrphans).as("orphans the restarted vault reported")
                .isEqualTo(bucketOrphans);
    }

    /** What the clients and the ledger had when the vault was killed. */
    private record AtKill(int acknowledged, Set<String> unanswered, int ledgerEntries) {
    }

    /**
     * Starts the vault and the clients, kills the vault after {@value #KILL_AFTER} acknowledgments and lets the
     * clients send into the void for a moment.
     */
    private AtKill issueUntilKilled(LicenceLoad load) throws Exception {
        vault = startVault("vault-1.log");
        AtomicLong killedAt = new AtomicLong();
        List<Future<?>> clients = load.send(pool, vault.base(), CLIENTS,
                () -> killedAt.get() == 0 || System.nanoTime() - killedAt.get() < SENDING_TO_THE_DEAD.toNanos());
        awaitUntil(() -> load.acknowledged().size() >= KILL_AFTER, KILL_AT_THE_LATEST);
        vault.kill();
        killedAt.set(System.nanoTime());
        awaitAll(clients);
        assertThat(vault.diedOfSigkill()).as("exit status of the killed vault").isTrue();
        return new AtKill(load.acknowledged().size(), load.unanswered().keySet(), JournalLedger.read(journal).size());
    }

    private static void printSummary(LicenceLoad load, AtKill atKill, Map<String, DocumentState> documents,
                                     int ledgerEntries, String restartedLog, long orphans, Duration took) {
        long lostAnswers = documents.values().stream().filter(d -> atKill.unanswered().contains(d.sha256())).count();
        long anchored = documents.values().stream().filter(d -> d.anchorStatus().equals("ANCHORED")).count();
        List<Integer> repeatedBlocks = REPEATED_ANCHOR.matcher(restartedLog).results()
                .map(repeat -> Integer.valueOf(repeat.group(1))).toList();
        long repeatedAfterRestart = repeatedBlocks.stream().filter(block -> block > atKill.ledgerEntries()).count();
        System.out.printf("vault crash: sent %d, acknowledged %d (%d before kill -9), lost-answers %d, unanswered %d,"
                        + " anchored after restart %d of %d documents, ledger entries %d (%d at the kill),"
                        + " anchors asked for again %d (%d of them first anchored after the restart), orphans %d"
                        + " (reported %s), time %.1f s%n", load.sent(), load.acknowledged().size(),
                atKill.acknowledged(), lostAnswers, load.unanswered().size(), anchored, documents.size(),
                ledgerEntries, atKill.ledgerEntries(), repeatedBlocks.size(), repeatedAfterRestart, orphans,
                reportedOrphans(restartedLog), took.toMillis() / 1000.0);
    }

    private VaultProcess startVault(String logName) throws InterruptedException {
        VaultProcess started = VaultProcess.start(properties, JournalLedger.ENVIRONMENT, work.resolve(logName));
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

    private static void assertEveryDocumentIsInTheLedgerExactlyOnce(Map<String, DocumentState> documents,
                                                                    Map<String, List<String[]>> ledgerLines) {
        Map<String, Integer> writtenTwice = new HashMap<>();
        ledgerLines.forEach((sha256, lines) -> {
            if (lines.size() != 1) {
                writtenTwice.put(sha256, lines.size());
            }
        });
        assertThat(writtenTwice).as("digests the ledger wrote more than once").isEmpty();
        Set<String> stored = new HashSet<>();
        documents.values().forEach(d -> stored.add(d.sha256()));
        assertThat(ledgerLines.keySet()).as("digests in the ledger").isEqualTo(stored);
        for (DocumentState document : documents.values()) {
            String[] line = ledgerLines.get(document.sha256()).get(0);
            assertThat(document.anchorStatus()).as("anchor status of " + document.id()).isEqualTo("ANCHORED");
            assertThat(line[1]).as("document id anchored with " + document.sha256()).isEqualTo(document.id());
            assertThat(document.anchorTxId()).as("transaction recorded for " + document.id()).isEqualTo(line[2]);
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

    private record DocumentState(String id, String sha256, String anchorStatus, String anchorTxId, String objectKey) {
    }

    private Map<String, DocumentState> documents() throws SQLException {
        Map<String, DocumentState> documents = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id, sha256, anchor_status, anchor_tx_id, object_key FROM document")) {
            while (rows.next()) {
                documents.put(rows.getString(1), new DocumentState(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        return documents;
    }

    private long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    /** Objects in the bucket that no document names: files stored by requests the kill cut short. */
    private long bucketOrphans(Map<String, DocumentState> documents) throws Exception {
        MinioClient s3 = MinioClient.builder().endpoint(properties.get("zhengku.store.endpoint"))
                .credentials(properties.get("zhengku.store.access-key"), properties.get("zhengku.store.secret-key"))
                .build();
        Set<String> keys = new HashSet<>();
        for (Result<Item> item : s3.listObjects(ListObjectsArgs.builder().bucket(properties.get("zhengku.store.bucket"))
                .prefix(ObjectStore.KEY_PREFIX).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        documents.values().forEach(d -> keys.remove(d.objectKey()));
        return keys.size();
    }

    /** The count of the restarted vault's orphan report, or {@code null} when it reported none. */
    private static boolean orphanCheckDone(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.contains("every stored file belongs to a document") || ORPHANS.matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }

    private static Integer reportedOrphans(String log) {
        Matcher found = ORPHANS.matcher(log);
        return found.find() ? Integer.valueOf(found.group(1)) : null;
    }

    /** Waits until the condition holds or the time is up; the assertions that follow tell which. */
    private static void awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static void awaitAll(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get();
        }
    }
}
