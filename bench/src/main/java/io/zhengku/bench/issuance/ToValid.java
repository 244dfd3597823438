package io.zhengku.bench.issuance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures to VALID: each licence's latency from the moment its request was sent to the moment the vault recorded
 * it anchored, and the rate over the span from the first request sent to the last licence anchored.
 *
 * @param anchored  how many of the licences were anchored
 * @param rate      anchored licences per second over the span
 * @param latencies the anchored licences' latencies
 */
record ToValid(int anchored, double rate, Latencies latencies) {

    /** A licence sent: its id and when its request left. */
    record Sent(String id, Instant sentAt) {
    }

    /** The figures of {@code sent}, from when each was anchored; null when none was. */
    static ToValid of(List<Sent> sent, Map<String, Instant> anchoredAt) {
        Instant first = sent.stream().map(Sent::sentAt).min(Instant::compareTo).orElseThrow();
        Instant last = first;
        long[] nanos = new long[sent.size()];
        int anchored = 0;
        for (Sent licence : sent) {
            Instant at = anchoredAt.get(licence.id());
            if (at != null) {
                nanos[anchored++] = Math.max(0, Duration.between(licence.sentAt(), at).toNanos());
                last = at.isAfter(last) ? at : last;
            }
        }
        if (anchored == 0) {
            return null;
        }
        double seconds = Duration.between(first, last).toNanos() / 1e9;
        return new ToValid(anchored, anchored / seconds, new Latencies(java.util.Arrays.copyOf(nanos, anchored)));
    }

    /** E.g. {@code issuance-single: 95 docs/s p50 812.4 p99 1420.0}: plain decimals, no separators. */
    String line(String name, String suffix) {
        return String.format(Locale.ROOT, "%s: %.0f docs/s p50 %.1f p99 %.1f%s", name, rate,
                latencies.percentileMillis(50), latencies.percentileMillis(99), suffix);
    }
}
