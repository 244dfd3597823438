package io.zhengku.vault.crash;

import io.zhengku.vault.VaultApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A vault running in a JVM of its own, on the test's class path, so that a test can kill it as a power cut or
 * the OOM killer would: {@code kill -9}, no shutdown hook, no flush. Its output goes to a log file.
 */
final class VaultProcess {

    private final Process process;
    private final URI base;
    private final Path log;

    private VaultProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts a vault with these properties (as system properties) on a free port of 127.0.0.1. */
    static VaultProcess start(Map<String, String> properties, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-Dmicronaut.server.port=" + port);
        command.add("-Dmicronaut.server.host=127.0.0.1");
        command.add(VaultApplication.class.getName());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            process.getOutputStream().close();
            return new VaultProcess(process, URI.create("http://127.0.0.1:" + port), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the vault JVM", e);
        }
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until GET /health answers 200; fails when the process dies or the time is up. */
    void awaitHealthy(HttpClient http, Duration timeout) throws InterruptedException {
        if (!awaitHealthyUnlessKilled(http, timeout)) {
            throw new IllegalStateException("the vault exited with " + process.exitValue() + "; see " + log);
        }
    }

    /**
     * Waits until GET /health answers 200 (true) or the vault died of {@code kill -9} (false), as an armed crash
     * point may kill it while it starts; fails when it exits otherwise or the time is up.
     */
    boolean awaitHealthyUnlessKilled(HttpClient http, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (diedOfSigkill()) {
                return false;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the vault exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the vault was not healthy within " + timeout + "; see " + log);
    }

    /**
     * Sends SIGKILL with {@code kill -9}: {@link Process#destroyForcibly()} leaves the signal to the JDK's
     * platform code, and a gentler stop would run the vault's shutdown hooks.
     */
    void kill() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " failed");
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the vault " + process.pid() + " outlived kill -9");
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits until the vault has died; false when it still runs after the timeout. */
    boolean awaitDeath(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean diedOfSigkill() {
        return !process.isAlive() && process.exitValue() == 128 + 9;
    }

    /** Kills the vault if it still runs. */
    void stop() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
