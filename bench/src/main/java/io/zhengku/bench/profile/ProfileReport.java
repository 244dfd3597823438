package io.zhengku.bench.profile;

import io.zhengku.bench.issuance.Machine;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./zk profile SERVICE}: the report of one service's JFR recording — its conditions, then the top methods
 * by self samples, by package group and by our own code, and a last summary line that scripts read.
 * The recording is read on the machine it was taken on (./zk does), so the machine described is this one.
 */
public final class ProfileReport {

    private ProfileReport() {
    }

    public static int run(List<String> args, PrintStream out) throws Exception {
        ProfileOptions options = ProfileOptions.parse(args);
        CpuProfile profile = CpuProfile.read(options.file());
        double seconds = profile.span().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "conditions: %s, %.1f s recorded, %d execution samples, %s; machine: %d cores (%s),"
                + " %s RAM%n", options.file(), seconds, profile.samples(),
                profile.jvm().orElse("JVM not named in the recording"), Machine.cores(), Machine.cpuModel(),
                Machine.totalMemory());
        out.println("  on it: " + String.join(", ", Machine.stackProcesses()));
        if (profile.samples() == 0) {
            out.printf(Locale.ROOT, "profile: %s %.1f s, 0 samples, top none 0.0%%%n", options.service(), seconds);
            System.err.println("no Java thread was caught running Java code: the service was idle."
                    + " Profile it while a benchmark loads it, e.g. ./zk bench issuance beside ./zk profile vault.");
            return 1;
        }
        table("self (top frame)", "methods", profile.self(), profile.samples(), options.top(), out);
        table("package group of the top frame", "groups", profile.packages(), profile.samples(), options.top(), out);
        table("own code (first " + CpuProfile.OWN_CODE + " frame from the top, inclusive)", "entries",
                profile.ownCode(), profile.samples(), options.top(), out);
        Map.Entry<String, Long> top = profile.self().top(1).get(0);
        out.printf(Locale.ROOT, "profile: %s %.1f s, %d samples, top %s %.1f%%%n", options.service(), seconds,
                profile.samples(), top.getKey(), share(top.getValue(), profile.samples()));
        return 0;
    }

    private static void table(String title, String kind, SampleCounts counts, long samples, int top, PrintStream out) {
        out.printf(Locale.ROOT, "%s, top %d of %d %s:%n", title, Math.min(top, counts.distinct()), counts.distinct(),
                kind);
        counts.top(top).forEach(entry -> out.printf(Locale.ROOT, "%6.1f%%%6d  %s%n",
                share(entry.getValue(), samples), entry.getValue(), entry.getKey()));
    }

    private static double share(long count, long samples) {
        return 100.0 * count / samples;
    }
}
