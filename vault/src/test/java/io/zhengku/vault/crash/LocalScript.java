package io.zhengku.vault.crash;

import io.zhengku.testkit.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the checkout's {@code local/} service scripts, run with a state and run folder of its own, so that what
 * it starts belongs to one test and never to the developer or to the other tests.
 */
final class LocalScript {

    private static final long TIMEOUT_SECONDS = 180;

    private final Path script;
    private final Map<String, String> environment;
    private final Path progress;

    /** {@code local/<name>} with these variables on top of the test's own ({@code ZK_*} ones left out). */
    LocalScript(String name, Map<String, String> environment, Path progress) {
        this.script = Checkout.root().resolve("local").resolve(name);
        this.environment = Map.copyOf(environment);
        this.progress = progress;
    }

    /** Runs the script and returns its standard output; its progress lines go to the progress file. */
    String run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(progress.toFile()));
            // Variables of the caller's own cluster or store (ZK_PG_DATA, ZK_S3_PORT...) would point at it.
            builder.environment().keySet().removeIf(name -> name.startsWith("ZK_") && !name.equals("ZK_CACHE_DIR"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + progress);
            }
            return output.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the process whose pid is the first line of {@code pidFile} with SIGKILL, as a power cut or the OOM
     * killer would, and waits until it is gone; returns its pid.
     */
    static long killNineFromPidFile(Path pidFile) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(
                "no process " + pid + " as " + pidFile + " says"));
        if (!process.destroyForcibly()) {
            throw new IllegalStateException("SIGKILL could not be sent to " + pid);
        }
        process.onExit().get(30, TimeUnit.SECONDS);
        if (process.isAlive()) {
            throw new IllegalStateException(pid + " outlived SIGKILL");
        }
        return pid;
    }

    /** A port of 127.0.0.1 free right now, for a server this test starts and starts again on the same port. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
