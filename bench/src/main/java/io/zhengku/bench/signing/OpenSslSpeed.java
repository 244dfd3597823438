package io.zhengku.bench.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code openssl speed} in machine-readable mode ({@code -mr}) and reads its result lines, which look
 * like {@code +F:25:sha256:1787941236.36} (bytes per second for one block size) or
 * {@code +F4:3:256:45250.000000:15987.000000} (signs and verifies per second).
 */
final class OpenSslSpeed {

    private final int seconds;

    OpenSslSpeed(int seconds) {
        this.seconds = seconds;
    }

    /** Bytes per second of {@code openssl speed -evp <digest>} over 16 KiB blocks. */
    double digestBytesPerSecond(String digest) throws IOException, InterruptedException {
        List<Double> numbers = lastResult(run("-bytes", String.valueOf(DigestBenchmark.BLOCK_BYTES), "-evp", digest));
        return numbers.get(numbers.size() - 1);
    }

    /** Signs and verifies per second of {@code openssl speed <algorithm>}, in that order. */
    double[] signVerifyPerSecond(String algorithm) throws IOException, InterruptedException {
        List<Double> numbers = lastResult(run(algorithm));
        if (numbers.size() < 2) {
            throw new IOException("openssl speed " + algorithm + " gave no sign and verify rates");
        }
        return new double[] {numbers.get(numbers.size() - 2), numbers.get(numbers.size() - 1)};
    }

    /** The OpenSSL version line. */
    static String version() throws IOException, InterruptedException {
        return exec(List.of("openssl", "version")).strip();
    }

    /** The numeric fields of the last {@code +F} line, in order. */
    static List<Double> lastResult(String output) throws IOException {
        String result = output.lines().filter(line -> line.startsWith("+F")).reduce((first, second) -> second)
                .orElseThrow(() -> new IOException("openssl speed printed no +F result line:\n" + output));
        List<Double> numbers = new ArrayList<>();
        for (String field : result.split(":")) {
            try {
                numbers.add(Double.parseDouble(field));
            } catch (NumberFormatException notANumber) {
                // Names such as "sha256" or "CurveSM2" sit between the numbers.
            }
        }
        return numbers;
    }

    private String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl", "speed", "-mr", "-seconds", String.valueOf(seconds)));
        command.addAll(List.of(arguments));
        return exec(command);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
