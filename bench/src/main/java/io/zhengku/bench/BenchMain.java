package io.zhengku.bench;

import io.zhengku.bench.anchoring.AnchoringBench;
import io.zhengku.bench.anchoring.AnchoringOptions;
import io.zhengku.bench.chaos.LedgerChaos;
import io.zhengku.bench.issuance.IssuanceBench;
import io.zhengku.bench.issuance.LatencyBench;
import io.zhengku.bench.profile.ProfileOptions;
import io.zhengku.bench.profile.ProfileReport;
import io.zhengku.bench.signing.SigningBench;
import io.zhengku.bench.verify.VerifyBench;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code bench/target/zhengku-bench.jar}: {@code java -jar zhengku-bench.jar signing}, or
 * {@code java -jar zhengku-bench.jar issuance --token T [--docs N] [--concurrency C]} against a running vault.
 * Each suite prints its conditions, its figures, and a last summary line that scripts read.
 */
public final class BenchMain {

    private static final String USAGE = "usage: java -jar zhengku-bench.jar signing\n"
            + "       java -jar zhengku-bench.jar issuance [--url U] [--token T] [--docs N] [--concurrency C]"
            + " [--bulk-docs N] [--chunk N] [--bulk-concurrency C]\n"
            + "       java -jar zhengku-bench.jar latency --configtx FILE [--url U] [--token T] [--samples N]\n"
            + "       java -jar zhengku-bench.jar verify --index-url U --peer-url U [--vault U] [--digests N]"
            + " [--concurrency C] [--seconds S] [--peer-seconds S]\n"
            + "       java -jar zhengku-bench.jar " + AnchoringOptions.USAGE + "\n"
            + "       java -jar zhengku-bench.jar chaos-ledger --verifier U --connection FILE --network DIR"
            + " [--url U] [--region R] [--seconds S] [--concurrency C] [--max-lag-ms MS]\n"
            + "       java -jar zhengku-bench.jar " + ProfileOptions.USAGE;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        if (args.length == 1 && args[0].equals("signing")) {
            System.exit(SigningBench.run(System.out));
        }
        if (args.length >= 1 && args[0].equals("issuance")) {
            System.exit(IssuanceBench.run(rest, System.getenv(), System.out));
        }
        if (args.length >= 1 && args[0].equals("latency")) {
            System.exit(LatencyBench.run(rest, System.getenv(), System.out));
        }
        if (args.length >= 1 && args[0].equals("verify")) {
            System.exit(VerifyBench.run(rest, System.getenv(), System.out));
        }
        if (args.length >= 1 && args[0].equals("chaos-ledger")) {
            System.exit(LedgerChaos.run(rest, System.getenv(), System.out));
        }
        if (args.length >= 1 && args[0].equals("anchoring")) {
            System.exit(AnchoringBench.run(rest, System.out));
        }
        if (args.length >= 1 && args[0].equals("profile")) {
            System.exit(ProfileReport.run(rest, System.out));
        }
        System.err.println(USAGE);
        System.exit(2);
    }
}
