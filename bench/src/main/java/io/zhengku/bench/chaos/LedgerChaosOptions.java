package io.zhengku.bench.chaos;

import io.zhengku.bench.issuance.Options;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code chaos-ledger} suite's arguments: {@code --url} the issuing vault, {@code --verifier} the verifier of
 * {@code --region} (whose peer and chaincode server are killed), {@code --connection} that region's connection
 * description (the records are read back through its peer), {@code --network} the checkout's network folder,
 * {@code --seconds} of load from {@code --concurrency} clients, and {@code --max-lag-ms}, the verifier's lag
 * bound ({@code zhengku.verifier.index.max-lag}). The token comes from {@value #TOKEN_VARIABLE}.
 */
record LedgerChaosOptions(URI vault, URI verifier, String region, Path connection, Path network, int seconds,
                          int concurrency, Duration maxLag, String token) {

    static final String TOKEN_VARIABLE = "ZK_BENCH_TOKEN";
    static final int MIN_SECONDS = 40;
    static final String USAGE = "usage: java -jar zhengku-bench.jar chaos-ledger --verifier U --connection FILE"
            + " --network DIR [--url http://127.0.0.1:8080] [--region zhejiang] [--seconds 90] [--concurrency 4]"
            + " [--max-lag-ms 5000] (token in env " + TOKEN_VARIABLE + ")";

    LedgerChaosOptions {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a department token is needed in " + TOKEN_VARIABLE
                    + " (./zk token prints one)");
        }
        if (seconds < MIN_SECONDS) {
            throw new IllegalArgumentException("--seconds must be " + MIN_SECONDS + " or more: the peer stays down"
                    + " for 30% of the run, which must outlast the verifier's lag bound; got " + seconds);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be 1 or more, got " + concurrency);
        }
    }

    static LedgerChaosOptions parse(List<String> args, Map<String, String> environment) {
        Map<String, String> options = Options.pairs(args, List.of("--url", "--verifier", "--region", "--connection",
                "--network", "--seconds", "--concurrency", "--max-lag-ms"));
        for (String required : List.of("--verifier", "--connection", "--network")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException(required + " is needed; " + USAGE);
            }
        }
        return new LedgerChaosOptions(URI.create(options.getOrDefault("--url", "http://127.0.0.1:8080")),
                URI.create(options.get("--verifier")), options.getOrDefault("--region", "zhejiang"),
                Path.of(options.get("--connection")), Path.of(options.get("--network")),
                number(options.getOrDefault("--seconds", "90"), "--seconds"),
                number(options.getOrDefault("--concurrency", "4"), "--concurrency"),
                Duration.ofMillis(number(options.getOrDefault("--max-lag-ms", "5000"), "--max-lag-ms")),
                environment.get(TOKEN_VARIABLE));
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, got '" + value + "'");
        }
    }
}
