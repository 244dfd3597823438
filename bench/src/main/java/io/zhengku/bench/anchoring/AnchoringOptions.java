package io.zhengku.bench.anchoring;

import java.nio.file.Path;
import java.util.List;

/**
 * The anchoring benchmark's settings: the two regions' connection descriptions, the dev PKI, how many
 * documents each way, the batch size and the batches in flight.
 */
public record AnchoringOptions(Path shanghai, Path zhejiang, Path pki, int docs, int perTransactionDocs, int batchSize,
                        int concurrency) {

    public static final String USAGE = "anchoring --shanghai CONNECTION --zhejiang CONNECTION --pki DIR [--docs N (10000)]"
            + " [--per-tx-docs N (600)] [--batch-size N (1000)] [--concurrency C (4)]";

    public AnchoringOptions {
        if (docs < 1 || perTransactionDocs < 1 || batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("counts must be positive; " + USAGE);
        }
    }

    static AnchoringOptions parse(List<String> args) {
        Path shanghai = null;
        Path zhejiang = null;
        Path pki = null;
        int docs = 10_000;
        int perTransaction = 600;
        int batchSize = 1000;
        int concurrency = 4;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(args.get(i) + " needs a value; " + USAGE);
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--shanghai" -> shanghai = Path.of(value);
                case "--zhejiang" -> zhejiang = Path.of(value);
                case "--pki" -> pki = Path.of(value);
                case "--docs" -> docs = Integer.parseInt(value);
                case "--per-tx-docs" -> perTransaction = Integer.parseInt(value);
                case "--batch-size" -> batchSize = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "; " + USAGE);
            }
        }
        if (shanghai == null || zhejiang == null || pki == null) {
            throw new IllegalArgumentException("--shanghai, --zhejiang and --pki are needed; " + USAGE);
        }
        return new AnchoringOptions(shanghai, zhejiang, pki, docs, perTransaction, batchSize, concurrency);
    }
}
