package io.zhengku.vault.crash;

import java.nio.file.Path;
import java.util.Map;

/**
 * A PostgreSQL cluster of one test's own, made and run by {@code local/postgres} in a state folder of the test's
 * (never the cluster the other tests share), on a free port of 127.0.0.1, so that the test may kill it.
 */
final class DatabaseProcess {

    private final LocalScript script;
    private final Path dataDir;
    private final String password;

    private DatabaseProcess(LocalScript script, Path dataDir, String password) {
        this.script = script;
        this.dataDir = dataDir;
        this.password = password;
    }

    /** Creates and starts a cluster whose data, sockets and secrets live in {@code stateDir}, logs in {@code runDir}. */
    static DatabaseProcess start(Path stateDir, Path runDir) {
        LocalScript script = new LocalScript("postgres", Map.of("ZK_STATE_DIR", stateDir.toString(),
                "ZK_RUN_DIR", runDir.toString(), "ZK_PG_PORT", Integer.toString(LocalScript.freePort())),
                runDir.resolve("postgres-script.log"));
        script.run("start");
        return new DatabaseProcess(script, stateDir.resolve("postgres"), script.run("password"));
    }

    /** Creates an empty database owned by {@link #username()} and returns its JDBC URL. */
    String newDatabase(String name) {
        return script.run("createdb", name);
    }

    String username() {
        return "zhengku";
    }

    String password() {
        return password;
    }

    /** SIGKILL to the postmaster, the pid on postmaster.pid's first line; its backends follow it on their own. */
    long kill() throws Exception {
        return LocalScript.killNineFromPidFile(dataDir.resolve("postmaster.pid"));
    }

    /** Starts the cluster again on the same port: PostgreSQL recovers from its write-ahead log. */
    void restart() {
        script.run("start");
    }

    /** Stops the cluster and deletes its data; only its logs stay. */
    void remove() {
        script.run("reset");
    }
}
