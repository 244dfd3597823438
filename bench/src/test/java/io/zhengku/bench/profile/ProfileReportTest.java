package io.zhengku.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReportTest {

    private static final String SPINNER = ProfileReportTest.class.getName() + ".spinForTheProfiler";

    /** Read by nobody: it keeps the JIT from dropping the loop's work. */
    private static volatile long sink;

    @TempDir
    Path dir;

    @Test
    void a_thread_spinning_in_one_method_is_the_top_self_and_own_code_entry_of_a_real_recording() throws Exception {
        Path recording = recordWhileSpinning();

        CpuProfile profile = CpuProfile.read(recording);

        assertThat(profile.self().top(3)).extracting(Map.Entry::getKey).contains(SPINNER);
        long spun = samplesOf(profile.self(), SPINNER);
        assertThat(100.0 * spun / profile.samples()).isGreaterThan(30);
        assertThat(profile.ownCode().top(1).get(0).getKey()).isEqualTo(SPINNER);
        assertThat(profile.packages().top(3)).extracting(Map.Entry::getKey).contains("io.zhengku.bench");
        assertThat(profile.jvm()).hasValueSatisfying(jvm -> assertThat(jvm).startsWith("JVM pid "));
    }

    @Test
    void the_report_ends_with_a_line_a_script_can_read() throws Exception {
        Path recording = recordWhileSpinning();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = ProfileReport.run(List.of("--file", recording.toString(), "--service", "spinner", "--top", "5"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).isZero();
        assertThat(lines.get(0)).startsWith("conditions: " + recording);
        assertThat(lines).anyMatch(line -> line.matches(" *\\d+\\.\\d% +\\d+  " + SPINNER.replace(".", "\\.")));
        assertThat(lines.get(lines.size() - 1)).matches("profile: spinner \\d+\\.\\d s, \\d+ samples, top "
                + SPINNER.replace(".", "\\.").replace("$", "\\$") + " \\d+\\.\\d%");
    }

    @Test
    void a_package_group_is_the_first_three_segments_of_the_package() {
        assertThat(CpuProfile.packageGroup("org.bouncycastle.math.ec.ECPoint")).isEqualTo("org.bouncycastle.math");
        assertThat(CpuProfile.packageGroup("java.util.zip.CRC32")).isEqualTo("java.util.zip");
        assertThat(CpuProfile.packageGroup("java.util.HashMap$Node")).isEqualTo("java.util");
        assertThat(CpuProfile.packageGroup("Main")).isEqualTo("(default package)");
    }

    /** About 1.5 s of one busy thread, sampled every 10 ms as {@code ./zk profile}'s settings=profile does. */
    private Path recordWhileSpinning() throws Exception {
        Path file = dir.resolve("spin.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.JVMInformation");
            recording.start();
            Thread spinner = new Thread(() -> spinForTheProfiler(System.nanoTime() + 1_500_000_000L), "spinner");
            spinner.start();
            spinner.join();
            recording.stop();
            recording.dump(file);
        }
        return file;
    }

    private static void spinForTheProfiler(long until) {
        long value = 1;
        while (System.nanoTime() < until) {
            // The clock is read once per million steps, so that the samples land in this method, not in it.
            for (int i = 0; i < 1_000_000; i++) {
                value = value * 6364136223846793005L + 1442695040888963407L;
            }
        }
        sink = value;
    }

    private static long samplesOf(SampleCounts counts, String name) {
        return counts.top(Integer.MAX_VALUE).stream().filter(entry -> entry.getKey().equals(name))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
