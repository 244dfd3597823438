package io.zhengku.bench;

import io.zhengku.bench.signing.SigningBench;

/**
 * Entry point of {@code bench/target/zhengku-bench.jar}: {@code java -jar zhengku-bench.jar signing}.
 * Each suite prints its conditions, a table, and a last summary line that scripts read.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("signing")) {
            System.exit(SigningBench.run(System.out));
        }
        System.err.println("usage: java -jar zhengku-bench.jar signing");
        System.exit(2);
    }
}
