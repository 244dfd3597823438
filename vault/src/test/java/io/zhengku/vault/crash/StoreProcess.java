package io.zhengku.vault.crash;

import java.nio.file.Path;
import java.util.Map;

/**
 * An S3Proxy of one test's own, in its own JVM, started by {@code local/objectstore} with a state folder of the
 * test's (never the store the other tests share) on a free port of 127.0.0.1, so that the test may kill it. The
 * S3Proxy jar comes from the shared cache folder, fetched once.
 */
final class StoreProcess {

    private final LocalScript script;
    private final Path pidFile;
    private final String endpoint;
    private final String accessKey;
    private final String secretKey;

    private StoreProcess(LocalScript script, Path pidFile, String endpoint, String accessKey, String secretKey) {
        this.script = script;
        this.pidFile = pidFile;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts a store whose objects and keys live in {@code stateDir}, its log in {@code runDir}. */
    static StoreProcess start(Path stateDir, Path runDir) {
        LocalScript script = new LocalScript("objectstore", Map.of("ZK_STATE_DIR", stateDir.toString(),
                "ZK_RUN_DIR", runDir.toString(), "ZK_S3_PORT", Integer.toString(LocalScript.freePort())),
                runDir.resolve("objectstore-script.log"));
        script.run("start");
        return new StoreProcess(script, stateDir.resolve("objectstore.pid"), script.run("endpoint"),
                script.run("access-key"), script.run("secret-key"));
    }

    String endpoint() {
        return endpoint;
    }

    String accessKey() {
        return accessKey;
    }

    String secretKey() {
        return secretKey;
    }

    /** SIGKILL to the S3Proxy JVM, whose pid the script keeps in its pid file. */
    long kill() throws Exception {
        return LocalScript.killNineFromPidFile(pidFile);
    }

    /** Starts S3Proxy again on the same port and objects folder. */
    void restart() {
        script.run("start");
    }

    /** Stops S3Proxy and deletes its objects and keys; only its log stays. */
    void remove() {
        script.run("reset");
    }
}
