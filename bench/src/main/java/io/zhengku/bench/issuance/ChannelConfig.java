package io.zhengku.bench.issuance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block cutting the channel was made with, read from the {@code configtx.yaml} network/up wrote: its
 * orderers' {@code BatchTimeout} (a Go duration such as {@code 250ms} or {@code 2s}) and {@code MaxMessageCount}.
 *
 * @param batchTimeout    how long an orderer waits for more transactions before it cuts a block
 * @param maxMessageCount the most transactions in a block, or -1 when the file does not say
 */
public record ChannelConfig(Duration batchTimeout, int maxMessageCount) {

    private static final Pattern BATCH_TIMEOUT = Pattern.compile("^\\s*BatchTimeout:\\s*([0-9.]+)(ms|s|m)\\s*$");
    private static final Pattern MAX_MESSAGE_COUNT = Pattern.compile("MaxMessageCount:\\s*(\\d+)");

    public static ChannelConfig read(Path configtx) throws IOException {
        return parse(Files.readAllLines(configtx)).orElseThrow(() -> new IOException(configtx
                + " names no BatchTimeout; is it the configtx.yaml network/up wrote?"));
    }

    static Optional<ChannelConfig> parse(List<String> lines) {
        Duration timeout = null;
        int maxMessages = -1;
        for (String line : lines) {
            Matcher batch = BATCH_TIMEOUT.matcher(line);
            if (batch.matches() && timeout == null) {
                timeout = duration(Double.parseDouble(batch.group(1)), batch.group(2));
            }
            Matcher count = MAX_MESSAGE_COUNT.matcher(line);
            if (count.find() && maxMessages < 0) {
                maxMessages = Integer.parseInt(count.group(1));
            }
        }
        return timeout == null ? Optional.empty() : Optional.of(new ChannelConfig(timeout, maxMessages));
    }

    private static Duration duration(double value, String unit) {
        double millis = switch (unit) {
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
        return Duration.ofNanos(Math.round(millis * 1e6));
    }
}
