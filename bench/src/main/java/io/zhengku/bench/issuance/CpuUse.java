package io.zhengku.bench.issuance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the machine's CPU time went between two snapshots of /proc: the vault, PostgreSQL, S3Proxy, this load
 * generator, other processes (other work on the machine skews the figures), and idle. A cheap first profile.
 */
public final class CpuUse {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;
    private static final String LOAD_GENERATOR = "load generator";
    private static final long SELF = ProcessHandle.current().pid();

    /** The machine's busy and idle ticks, and each process's ticks with the part of the stack it belongs to. */
    public record Snapshot(long busy, long idle, Map<Long, Long> ticks, Map<Long, String> kinds) {
    }

    private CpuUse() {
    }

    public static Snapshot take() {
        long[] machine = machineTicks();
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        Machine.processes().forEach((pid, command) -> {
            long used = processTicks(pid);
            if (used >= 0) {
                ticks.put(pid, used);
                kinds.put(pid, pid == SELF ? LOAD_GENERATOR : Machine.kindOf(command).orElse("other"));
            }
        });
        return new Snapshot(machine[0], machine[1], ticks, kinds);
    }

    /** E.g. {@code "vault 10.2 s, PostgreSQL 2.1 s, ..., idle 1.3 s of 18.8 core-seconds"}. */
    public static String between(Snapshot before, Snapshot after) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (String kind : new String[] {"vault", "verifier", "PostgreSQL", "S3Proxy", "Fabric peer/orderer", "chaincode server", LOAD_GENERATOR}) {
            byKind.put(kind, 0L);
        }
        long attributed = 0;
        for (Map.Entry<Long, Long> process : after.ticks().entrySet()) {
            String kind = after.kinds().get(process.getKey());
            long used = process.getValue() - before.ticks().getOrDefault(process.getKey(), 0L);
            if (!kind.equals("other") && used > 0) {
                byKind.merge(kind, used, Long::sum);
                attributed += used;
            }
        }
        long busy = after.busy() - before.busy();
        long idle = after.idle() - before.idle();
        byKind.put("other processes", Math.max(0, busy - attributed));
        byKind.put("idle", idle);
        StringBuilder line = new StringBuilder();
        byKind.forEach((kind, used) -> line.append(line.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f s", kind, used / TICKS_PER_SECOND)));
        return line.append(String.format(Locale.ROOT, " of %.1f core-seconds", (busy + idle) / TICKS_PER_SECOND))
                .toString();
    }

    /** Busy and idle (with I/O wait) ticks of all cores, from the first line of /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) { // user .. steal; guest is inside user
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** User and system ticks of a process and all its threads; -1 when it cannot be read (it ended). */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name in parentheses may hold spaces: count fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
