package io.zhengku.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The project-local PostgreSQL cluster ({@code local/postgres}) for integration tests. The first use in a JVM
 * starts the cluster if it is not running; nothing here stops it, since it may be the developer's own. Each test
 * class takes a fresh database, dropped at JVM exit:
 *
 * <p>{@code String url = LocalPostgres.shared().newDatabase();}
 */
public final class LocalPostgres {

    private static final String ROLE = "zhengku";
    private static final int DEFAULT_PORT = 55432;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static LocalPostgres shared;

    private final Path script;
    private final String url;
    private final String password;
    private final Set<String> databases = ConcurrentHashMap.newKeySet();

    private LocalPostgres(Path script, String url, String password) {
        this.script = script;
        this.url = url;
        this.password = password;
    }

    /** The cluster of this checkout, started on first use. */
    public static synchronized LocalPostgres shared() {
        if (shared == null) {
            shared = start(Checkout.root().resolve("local/postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::dropDatabases, "local-postgres-drop-databases"));
        }
        return shared;
    }

    /** Creates an empty database owned by {@link #username()} and returns its JDBC URL. */
    public String newDatabase() {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        String name = "test_" + LocalDateTime.now().format(STAMP) + "_" + HexFormat.of().formatHex(random);
        String databaseUrl = run(script, List.of("createdb", name), null).strip();
        databases.add(name);
        return databaseUrl;
    }

    public String username() {
        return ROLE;
    }

    public String password() {
        return password;
    }

    private static LocalPostgres start(Path script) {
        String port = null;
        if (System.getenv("ZK_PG_PORT") == null && !runs(script) && !portFree(DEFAULT_PORT)) {
            port = Integer.toString(freePort()); // another checkout's cluster holds the default port
        }
        run(script, List.of("start"), port);
        return new LocalPostgres(script, run(script, List.of("url"), null).strip(),
                run(script, List.of("password"), null).strip());
    }

    private static boolean runs(Path script) {
        try {
            Process status = new ProcessBuilder(script.toString(), "status")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return status.waitFor(30, TimeUnit.SECONDS) && status.exitValue() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the script and returns its standard output; its progress lines are kept for the failure message. */
    private static String run(Path script, List<String> arguments, String port) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(arguments);
        Path errors = null;
        try {
            errors = Files.createTempFile("local-postgres-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            if (port != null) {
                builder.environment().put("ZK_PG_PORT", port);
            }
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(errors);
        }
    }

    private void dropDatabases() {
        try (Connection connection = DriverManager.getConnection(url, ROLE, password);
                Statement statement = connection.createStatement()) {
            for (String name : databases) {
                statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test databases " + databases + ": " + e.getMessage());
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            file.toFile().delete();
        }
    }
}
