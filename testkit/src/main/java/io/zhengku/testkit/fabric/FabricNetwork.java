package io.zhengku.testkit.fabric;

import io.zhengku.testkit.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkout's real Fabric network ({@code network/up}) for integration tests: 3 Raft orderers, a peer and a
 * chaincode server per region. The first use in a JVM starts it, or heals it when part of it is down; nothing
 * here stops it ({@code ./zk test} does, when it started it).
 *
 * <p>{@code FabricNetwork network = FabricNetwork.shared(); network.admin("zhejiang").query("listRegions");}
 */
public final class FabricNetwork {

    public static final String CHANNEL = "yangtze-delta";
    public static final String CHAINCODE = "zhengku";
    private static final Pattern EXPORT = Pattern.compile("^export ([A-Z_]+)='(.*)'$");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    private static FabricNetwork shared;

    private final Path scripts;

    private FabricNetwork(Path scripts) {
        this.scripts = scripts;
    }

    /** The network of this checkout, started or healed on first use. */
    public static synchronized FabricNetwork shared() {
        if (shared == null) {
            shared = new FabricNetwork(Checkout.root().resolve("network"));
            shared.up();
        }
        return shared;
    }

    /** Runs {@code network/up}: starts what is down, on the same ledgers. */
    public void up() {
        script("up").orFail("network/up");
    }

    /** Every process, as {@code network/status} lists them. */
    public List<NetworkProcess> status() {
        return script("status").orFail("network/status").output().lines()
                .skip(1)
                .map(NetworkProcess::parse)
                .toList();
    }

    public NetworkProcess process(String kind, String name) {
        return status().stream()
                .filter(process -> process.kind().equals(kind) && process.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("network/status lists no " + kind + " " + name));
    }

    /** The orderer that leads the channel's Raft cluster now. */
    public String raftLeader() {
        return script("status", "--leader").orFail("network/status --leader").output().strip();
    }

    /** Kills the process as {@code kill -9} would, and waits until it is gone. */
    public void kill(String kind, String name) {
        long pid = process(kind, name).pid().orElseThrow(() -> new IllegalStateException(kind + " " + name + " is not running"));
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().join();
    }

    /** REGION's connection description for Zhengku's services ({@code connections/<region>.json}). */
    public Path connectionFile(String region) {
        return Path.of(adminEnvironment(region).get("ZHENGKU_LEDGER_CONNECTION"));
    }

    /** Upstream {@code peer} as REGION's admin. */
    public RegionAdmin admin(String region) {
        return new RegionAdmin(this, adminEnvironment(region));
    }

    /** Waits up to {@code timeout} for {@code condition}, checking twice a second; false if it never held. */
    public static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    Map<String, String> adminEnvironment(String region) {
        Map<String, String> environment = new HashMap<>();
        for (String line : script("org-env", region).orFail("network/org-env " + region).output().lines().toList()) {
            Matcher export = EXPORT.matcher(line);
            if (export.matches()) {
                environment.put(export.group(1), export.group(2));
            }
        }
        return environment;
    }

    String runningOrdererAddress() {
        return status().stream()
                .filter(process -> process.kind().equals("orderer") && process.up())
                .findFirst()
                .map(orderer -> "127.0.0.1:" + orderer.port())
                .orElseThrow(() -> new IllegalStateException("no orderer is running"));
    }

    private CommandResult script(String name, String... arguments) {
        List<String> command = new ArrayList<>(List.of(scripts.resolve(name).toString()));
        command.addAll(List.of(arguments));
        return run(command, Map.of());
    }

    /** Runs COMMAND with ENVIRONMENT added to this JVM's, and returns what it printed (stdout and stderr). */
    public static CommandResult run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + COMMAND_TIMEOUT);
            }
            return new CommandResult(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
