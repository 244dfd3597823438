package io.zhengku.vault.testing;

import io.zhengku.vault.auth.DevTokens;
import io.zhengku.vault.support.LocalObjectStore;
import io.zhengku.testkit.LocalPostgres;
import io.zhengku.testkit.fabric.FabricNetwork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * What a vault under test runs on: a fresh database in the project-local PostgreSQL, a fresh bucket in an
 * in-process S3Proxy, the development PKI (made once under target/), a token secret, and its region's
 * connection to the real Fabric network (started by network/up when it is not running).
 */
public final class VaultTestEnvironment {

    private static final Path TARGET = Path.of("target");
    private static final String SECRET = "0123456789abcdef0123456789abcdef-test-only-secret";

    private VaultTestEnvironment() {
    }

    /** Properties for one test class's vault of Shanghai; each call gets its own database and bucket. */
    public static Map<String, String> properties() {
        return properties("shanghai");
    }

    /** Properties for one test class's vault of {@code region}, on that region's identity on the channel. */
    public static Map<String, String> properties(String region) {
        LocalPostgres postgres = LocalPostgres.shared();
        LocalObjectStore store = LocalObjectStore.shared();
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", postgres.newDatabase());
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", postgres.password());
        properties.put("zhengku.store.endpoint", store.endpoint());
        properties.put("zhengku.store.access-key", store.accessKey());
        properties.put("zhengku.store.secret-key", store.secretKey());
        properties.put("zhengku.store.bucket", "vault-" + Long.toHexString(System.nanoTime()));
        properties.put("zhengku.pki.dir", TARGET.resolve("test-pki").toAbsolutePath().toString());
        properties.put("zhengku.auth.secret-file", secretFile().toString());
        properties.put("zhengku.anchoring.poll-interval", "50ms");
        properties.put("zhengku.anchoring.first-backoff", "50ms");
        properties.put("micronaut.server.port", "-1");
        properties.put("zhengku.region", region);
        properties.put("zhengku.ledger.connection", FabricNetwork.shared().connectionFile(region).toString());
        // The tests share two cores with PostgreSQL, S3Proxy and each other: give answers time under load.
        properties.put("micronaut.http.client.read-timeout", "30s");
        return properties;
    }

    /**
     * A test's database is new, but the channel keeps what earlier runs anchored: licence serials restarting at
     * 1 would name documents the ledger already holds (DOCUMENT_ID_TAKEN). Serials continue from the time.
     */
    public static void continueSerials(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER SEQUENCE document_serial RESTART WITH " + System.currentTimeMillis());
        }
    }

    public static DevTokens tokens() {
        return new DevTokens(SECRET, Clock.systemUTC());
    }

    private static Path secretFile() {
        Path file = TARGET.resolve("test-token-secret").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, SECRET);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
