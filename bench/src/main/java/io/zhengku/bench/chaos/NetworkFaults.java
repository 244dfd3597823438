package io.zhengku.bench.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fabric processes killed as {@code kill -9} kills them and brought back by the network's own scripts
 * ({@code network/status}, {@code network/up}), each step written down with its time: what the chaos run's
 * report sets the vault's and the verifier's behaviour against.
 */
final class NetworkFaults {

    /** One step: when it was done and what it was. */
    record Step(Instant at, String what) {
    }

    private final Path network;
    private final List<Step> steps = new ArrayList<>();

    /** @param network the checkout's {@code network/} folder */
    NetworkFaults(Path network) {
        this.network = network;
    }

    /** The orderer that leads the channel's Raft cluster now. */
    String raftLeader() throws IOException, InterruptedException {
        return script("status", "--leader").strip();
    }

    /** Kills one process ({@code orderer orderer2}, {@code peer zhejiang}, {@code chaincode zhejiang}). */
    synchronized void kill(String kind, String name) throws IOException, InterruptedException {
        long pid = pid(kind, name);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(kind + " " + name
                + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        process.onExit().join();
        steps.add(new Step(Instant.now(), "kill -9 " + kind + " " + name));
    }

    /** Runs {@code network/up}, which starts what is down on the same ledgers and waits for it. */
    synchronized void heal() throws IOException, InterruptedException {
        Instant started = Instant.now();
        script("up");
        steps.add(new Step(started, String.format("network/up: every process up again (took %.1f s)",
                Duration.between(started, Instant.now()).toMillis() / 1000.0)));
    }

    synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    /** When the last step whose text starts with {@code prefix} was done. */
    synchronized Instant last(String prefix) {
        return steps.stream().filter(step -> step.what().startsWith(prefix)).reduce((a, b) -> b)
                .map(Step::at).orElseThrow(() -> new IllegalStateException("no step " + prefix + " was done"));
    }

    private long pid(String kind, String name) throws IOException, InterruptedException {
        // KIND NAME STATE PORT PID HEIGHT, after a header line
        for (String line : script("status").lines().skip(1).toList()) {
            String[] columns = line.trim().split(" +");
            if (columns.length == 6 && columns[0].equals(kind) && columns[1].equals(name) && columns[2].equals("up")) {
                return Long.parseLong(columns[4]);
            }
        }
        throw new IllegalStateException("network/status shows no running " + kind + " " + name);
    }

    private String script(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(network.resolve(name).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("network/" + name + " failed: " + output.strip());
        }
        return output;
    }
}
