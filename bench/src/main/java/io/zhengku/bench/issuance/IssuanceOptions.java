package io.zhengku.bench.issuance;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The {@code issuance} suite's arguments:
 * {@code --url U --token T --docs N --concurrency C --warmup W --bulk-docs B --chunk K --bulk-concurrency D}, where
 * N licences are issued one request each from C clients after warm-up batches of W (0: no warm-up; see
 * {@link WarmUp}), then B licences in bulk requests of K from D clients. The token may come from the environment
 * variable {@value #TOKEN_VARIABLE} instead, which keeps it off the process list ({@code ./zk bench issuance} does that).
 */
record IssuanceOptions(URI vault, String token, int docs, int concurrency, int warmup, int bulkDocs, int chunk,
                       int bulkConcurrency) {

    static final String TOKEN_VARIABLE = "ZK_BENCH_TOKEN";
    static final int MAX_CHUNK = 1000;
    static final String USAGE = "usage: java -jar zhengku-bench.jar issuance [--url http://127.0.0.1:8080]"
            + " [--token T | env " + TOKEN_VARIABLE + "] [--docs 2000] [--concurrency 16] [--warmup 200]"
            + " [--bulk-docs 10000] [--chunk 500] [--bulk-concurrency 2]";

    IssuanceOptions {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a department token is needed: pass --token, or set "
                    + TOKEN_VARIABLE + " (./zk token prints one)");
        }
        positive(docs, "--docs");
        positive(concurrency, "--concurrency");
        positive(bulkDocs, "--bulk-docs");
        positive(bulkConcurrency, "--bulk-concurrency");
        if (chunk < 1 || chunk > MAX_CHUNK) {
            throw new IllegalArgumentException("--chunk must be 1 to " + MAX_CHUNK + " (the vault's most licences"
                    + " per bulk request), got " + chunk);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, got " + warmup);
        }
    }

    static IssuanceOptions parse(List<String> args, Map<String, String> environment) {
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value: " + String.join(" ", args));
        }
        URI vault = URI.create("http://127.0.0.1:8080");
        String token = environment.get(TOKEN_VARIABLE);
        int docs = 2000;
        int concurrency = 16;
        int warmup = 200;
        int bulkDocs = 10000;
        int chunk = 500;
        int bulkConcurrency = 2;
        for (int i = 0; i < args.size(); i += 2) {
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--url" -> vault = URI.create(value);
                case "--token" -> token = value;
                case "--docs" -> docs = number(value, "--docs");
                case "--concurrency" -> concurrency = number(value, "--concurrency");
                case "--warmup" -> warmup = number(value, "--warmup");
                case "--bulk-docs" -> bulkDocs = number(value, "--bulk-docs");
                case "--chunk" -> chunk = number(value, "--chunk");
                case "--bulk-concurrency" -> bulkConcurrency = number(value, "--bulk-concurrency");
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        return new IssuanceOptions(vault, token, docs, concurrency, warmup, bulkDocs, chunk, bulkConcurrency);
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got \"" + value + "\"", e);
        }
    }

    private static void positive(int value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + value);
        }
    }
}
