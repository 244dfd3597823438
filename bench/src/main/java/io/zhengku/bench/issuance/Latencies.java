package io.zhengku.bench.issuance;

import java.util.Arrays;

/** Latencies in nanoseconds, sorted; percentiles by the nearest-rank method. */
public final class Latencies {

    private final long[] sorted;

    public Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies: no request succeeded");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The smallest latency that at least {@code percent} per cent of the requests did not exceed, in ms. */
    public double percentileMillis(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    public double maxMillis() {
        return sorted[sorted.length - 1] / 1e6;
    }

    public int count() {
        return sorted.length;
    }
}
