package io.zhengku.bench.issuance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the figures were taken on: the machine, and which of the stack's processes run on it (from /proc). */
public final class Machine {

    private static final Path PROC = Path.of("/proc");

    /** The processes looked for, by a test on their command line; a PostgreSQL cluster by its postmaster. */
    private static final Map<String, Predicate<String>> STACK = stack();

    private Machine() {
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static String cpuModel() {
        return lines(PROC.resolve("cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    public static String totalMemory() {
        return lines(PROC.resolve("meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("\\D", "")).findFirst()
                .map(kib -> String.format("%.1f GiB", Long.parseLong(kib) / 1024.0 / 1024.0))
                .orElse("unknown");
    }

    public static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** One entry per kind of the stack's processes, with the pids found running, e.g. {@code "vault (pid 5122)"}. */
    public static List<String> stackProcesses() {
        Map<String, List<Long>> found = new LinkedHashMap<>();
        STACK.keySet().forEach(kind -> found.put(kind, new ArrayList<>()));
        processes().forEach((pid, command) -> kindOf(command).filter(kind -> !command.startsWith("postgres:"))
                .ifPresent(kind -> found.get(kind).add(pid)));
        List<String> running = new ArrayList<>();
        found.forEach((kind, pids) -> running.add(kind + (pids.isEmpty() ? ": not running"
                : " (pid " + pids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")")));
        return running;
    }

    /** Which part of the stack a command line runs, if any; PostgreSQL's backends count as PostgreSQL. */
    static Optional<String> kindOf(String command) {
        return STACK.entrySet().stream().filter(kind -> kind.getValue().test(command)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Every process's command line by pid; processes we may not read are left out. */
    static Map<Long, String> processes() {
        Map<Long, String> commands = new TreeMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                commandLine(process).ifPresent(command ->
                        commands.put(Long.parseLong(process.getFileName().toString()), command));
            }
        } catch (IOException e) {
            // no /proc: nothing to tell
        }
        return commands;
    }

    private static Map<String, Predicate<String>> stack() {
        Map<String, Predicate<String>> stack = new LinkedHashMap<>();
        stack.put("vault", command -> command.matches(".*-jar \\S*zhengku-vault\\.jar.*"));
        stack.put("verifier", command -> command.matches(".*-jar \\S*zhengku-verifier\\.jar.*"));
        stack.put("chaincode server", command -> command.matches(".*-jar \\S*zhengku-chaincode\\.jar.*"));
        stack.put("PostgreSQL", command -> command.matches("\\S*/postgres\\s+-D\\s.*")
                || command.startsWith("postgres:"));
        stack.put("S3Proxy", command -> command.matches(".*-jar \\S*s3proxy\\S*\\.jar.*"));
        stack.put("Fabric peer/orderer", command -> command.matches("\\S*/(peer|orderer)(\\s.*)?"));
        return stack;
    }

    private static Optional<String> commandLine(Path process) {
        try {
            byte[] raw = Files.readAllBytes(process.resolve("cmdline"));
            return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip());
        } catch (IOException e) {
            return Optional.empty(); // the process ended, or is not ours to read
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
