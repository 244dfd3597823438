package io.zhengku.bench.issuance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Warms the vault up in batches until one batch's rate is within {@link #SETTLED} of the batch before, or the
 * batches run out: a freshly started vault compiles its request path for thousands of requests, and a fixed
 * short warm-up then measures the JIT compiler as much as the vault.
 */
final class WarmUp {

    static final int MAX_BATCHES = 10;
    static final double SETTLED = 0.05;

    /** What the warm-up did, and the ids of the licences it issued (none when a whole batch was refused). */
    record Result(int requests, int batches, boolean settled, List<String> issued) {

        /** A licence it issued, or null. */
        String issuedId() {
            return issued.isEmpty() ? null : issued.get(0);
        }
    }

    private WarmUp() {
    }

    static Result run(Issuer issuer, List<List<Upload>> batches, PrintStream out) throws InterruptedException {
        double previous = -1;
        int requests = 0;
        List<String> ids = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            LoadRun.Outcome outcome = issuer.issue("warm-up " + (b + 1), batches.get(b));
            requests += batches.get(b).size();
            List<Integer> issued = outcome.answered(201);
            if (issued.isEmpty()) {
                return new Result(requests, b + 1, false, List.of());
            }
            issued.forEach(i -> ids.add(outcome.idOf(i)));
            double rate = issued.size() / (outcome.elapsedNanos() / 1e9);
            if (previous > 0 && Math.abs(rate - previous) <= SETTLED * previous) {
                return new Result(requests, b + 1, true, ids);
            }
            previous = rate;
        }
        out.println("warm-up: the rate had not settled within " + batches.size() + " batches; measuring anyway");
        return new Result(requests, batches.size(), false, ids);
    }
}
