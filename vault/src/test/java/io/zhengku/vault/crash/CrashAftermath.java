package io.zhengku.vault.crash;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.vault.store.ObjectStore;
import java.io.IOException;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a crashed and restarted vault left behind, read from where it lives: its database, its bucket, the
 * channel as another region's peer holds it, and the restarted vault's log (its orphan report).
 */
final class CrashAftermath {

    static final String OUTBOX_ROWS = "SELECT count(*) FROM anchor_outbox";
    private static final Pattern ORPHANS = Pattern.compile("(\\d+) stored file\\(s\\) belong to no document");
    private static final Pattern REMOVED = Pattern.compile("removed (\\d+) orphaned file\\(s\\)");

    /** A document row as the database holds it. */
    record DocumentState(String id, String sha256, String anchorStatus, String anchorTxId, String anchorBatchId,
                         String objectKey) {
    }

    private final Map<String, String> properties;
    private final ExecutorService pool;
    private final FabricLedger peer;

    /** The aftermath of the vault run with these properties, its channel read through {@code peer}. */
    CrashAftermath(Map<String, String> properties, ExecutorService pool, FabricLedger peer) {
        this.properties = properties;
        this.pool = pool;
        this.peer = peer;
    }

    /** Every document row by identifier. */
    Map<String, DocumentState> documents() throws SQLException {
        Map<String, DocumentState> documents = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id, sha256, anchor_status, anchor_tx_id, anchor_batch_id, object_key FROM document")) {
            while (rows.next()) {
                documents.put(rows.getString(1), new DocumentState(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)));
            }
        }
        return documents;
    }

    long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    /** Every version of each document's record, as the peer holds them, by SHA-256. */
    Map<String, List<DocumentVersion>> onChannel(Collection<DocumentState> documents) throws Exception {
        Map<String, List<DocumentVersion>> versions = new ConcurrentHashMap<>();
        List<Future<?>> reads = new ArrayList<>();
        for (DocumentState document : documents) {
            reads.add(pool.submit(() -> versions.put(document.sha256(), peer.history(document.sha256()))));
        }
        awaitAll(reads);
        return versions;
    }

    /** Keys of the bucket's stored files. */
    Set<String> storedKeys() throws Exception {
        MinioClient s3 = MinioClient.builder().endpoint(properties.get("zhengku.store.endpoint"))
                .credentials(properties.get("zhengku.store.access-key"), properties.get("zhengku.store.secret-key"))
                .build();
        Set<String> keys = new HashSet<>();
        for (Result<Item> item : s3.listObjects(ListObjectsArgs.builder().bucket(properties.get("zhengku.store.bucket"))
                .prefix(ObjectStore.KEY_PREFIX).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    /**
     * What became of {@code load}'s acknowledged licences, read now from the database, the bucket and the channel.
     *
     * @param orphans the files without a row counted before the cleaning the vault logging to {@code log} did
     */
    Tally tally(LicenceLoad load, long orphans, Path log) throws Exception {
        Map<String, DocumentState> documents = documents();
        Map<String, List<DocumentVersion>> onChannel = onChannel(documents.values());
        Set<String> stored = storedKeys();
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
        return new Tally(load.acknowledged().size(), anchoredOnce, lost, duplicated, orphans, removedOrphans(log),
                bucketOrphans(documents), rowsWithoutObject);
    }

    /** Objects in the bucket that no document names: files stored by requests a kill cut short. */
    long bucketOrphans(Map<String, DocumentState> documents) throws Exception {
        Set<String> keys = storedKeys();
        documents.values().forEach(d -> keys.remove(d.objectKey()));
        return keys.size();
    }

    /** Whether the vault logging to {@code log} has given its orphan report's verdict, one line or the other. */
    static boolean orphanCheckDone(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.contains("every stored file belongs to a document") || ORPHANS.matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** The count of the orphan report in this log, or {@code null} when it reported none. */
    static Integer reportedOrphans(String log) {
        Matcher found = ORPHANS.matcher(log);
        return found.find() ? Integer.valueOf(found.group(1)) : null;
    }

    /** How many orphans the vault logging to {@code log} has removed so far, over all its cleaning passes. */
    static int removedOrphans(Path log) {
        try {
            Matcher removed = REMOVED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            int total = 0;
            while (removed.find()) {
                total += Integer.parseInt(removed.group(1));
            }
            return total;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits until the condition holds or the time is up; the assertions that follow tell which. */
    static void awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    static void awaitAll(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get();
        }
    }
}
