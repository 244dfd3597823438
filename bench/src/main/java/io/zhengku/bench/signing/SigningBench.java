package io.zhengku.bench.signing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The {@code signing} suite: JMH figures for the signing module's digests and signatures next to
 * {@code openssl speed} figures taken in the same invocation, one thread and one process each (per core),
 * with the conditions they were taken under. About a minute and a half on two cores.
 */
public final class SigningBench {

    private static final int WARMUP_ITERATIONS = 2;
    private static final int WARMUP_SECONDS = 1;
    private static final int MEASUREMENT_ITERATIONS = 3;
    private static final int MEASUREMENT_SECONDS = 2;
    private static final int OPENSSL_SECONDS = 3;

    private SigningBench() {
    }

    /** Runs the suite, printing to {@code out}; returns the process exit code. */
    public static int run(PrintStream out) throws IOException, InterruptedException, RunnerException {
        printConditions(out);
        out.println("running JMH (Java) ...");
        Map<String, Double> java = jmh();
        out.println("running openssl speed ...");
        OpenSslSpeed openssl = new OpenSslSpeed(OPENSSL_SECONDS);
        double[] sm2 = openssl.signVerifyPerSecond("sm2");
        double[] ecdsa = openssl.signVerifyPerSecond("ecdsap256");
        List<Comparison> rows = List.of(
                Comparison.megabytes("sha256 16 KiB", java.get("sha256") * DigestBenchmark.BLOCK_BYTES,
                        openssl.digestBytesPerSecond("sha256"), 0.8),
                Comparison.megabytes("sm3 16 KiB", java.get("sm3") * DigestBenchmark.BLOCK_BYTES,
                        openssl.digestBytesPerSecond("sm3"), 0.5),
                Comparison.operations("sm2 sign", java.get("sm2Sign"), sm2[0], 0),
                Comparison.operations("sm2 verify", java.get("sm2Verify"), sm2[1], 0.5),
                Comparison.operations("ecdsa-p256 sign", java.get("ecdsaSign"), ecdsa[0], 0),
                Comparison.operations("ecdsa-p256 verify", java.get("ecdsaVerify"), ecdsa[1], 0));
        out.println();
        out.println(Comparison.HEADER);
        rows.forEach(row -> out.println(row.line()));
        out.println();
        out.println(String.format(Locale.ROOT, "signing: sha256 %.2fx sm3 %.2fx sm2-verify %.2fx ecdsa-verify %.2fx"
                + " of openssl", rows.get(0).ratio(), rows.get(1).ratio(), rows.get(3).ratio(), rows.get(5).ratio()));
        return 0;
    }

    private static Map<String, Double> jmh() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(DigestBenchmark.class.getName() + "\\.")
                .include(SignatureBenchmark.class.getName() + "\\.")
                .forks(1).threads(1)
                .warmupIterations(WARMUP_ITERATIONS).warmupTime(TimeValue.seconds(WARMUP_SECONDS))
                .measurementIterations(MEASUREMENT_ITERATIONS).measurementTime(TimeValue.seconds(MEASUREMENT_SECONDS))
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true)
                .build();
        return new Runner(options).run().stream().collect(Collectors.toMap(
                result -> methodName(result), result -> result.getPrimaryResult().getScore()));
    }

    private static String methodName(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static void printConditions(PrintStream out) throws IOException, InterruptedException {
        out.println("signing benchmark: the signing module (JDK SHA-256, Bouncy Castle SM3/SM2/ECDSA) vs openssl speed");
        out.println("  cpu:     " + cpuModel());
        out.println("  cores:   " + Runtime.getRuntime().availableProcessors()
                + " available; JMH runs 1 thread, openssl speed 1 process (figures are per core)");
        out.println("  jvm:     " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        out.println(String.format(Locale.ROOT, "  jmh:     1 fork, %d x %d s warm-up, %d x %d s measurement, throughput",
                WARMUP_ITERATIONS, WARMUP_SECONDS, MEASUREMENT_ITERATIONS, MEASUREMENT_SECONDS));
        out.println("  openssl: " + OpenSslSpeed.version() + ", speed -mr -seconds " + OPENSSL_SECONDS
                + " (-bytes 16384 -evp sha256|sm3; sm2; ecdsap256)");
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst()
                .orElse(System.getProperty("os.arch"));
    }
}
