package io.zhengku.bench.chaos;

import io.zhengku.bench.chaos.LedgerChaos.Acknowledged;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The longest time in which no licence was anchored while at least one acknowledged licence waited: from an
 * anchoring (or the first acknowledgment) to the next anchoring, counted only when a licence anchored later had
 * been acknowledged before the gap began.
 *
 * @param from when the longest stall began
 * @param seconds how long it lasted
 */
record Stall(Instant from, double seconds) {

    static Stall longest(List<Acknowledged> acknowledged, Map<String, Instant> anchoredAt) {
        List<Acknowledged> byAnchoring = acknowledged.stream().filter(a -> anchoredAt.containsKey(a.id()))
                .sorted(Comparator.comparing(a -> anchoredAt.get(a.id()))).toList();
        if (byAnchoring.isEmpty()) {
            return new Stall(Instant.EPOCH, 0);
        }
        // earliestWaiting[i]: the earliest acknowledgment among the licences anchored at position i or later.
        Instant[] earliestWaiting = new Instant[byAnchoring.size()];
        for (int i = byAnchoring.size() - 1; i >= 0; i--) {
            Instant sent = byAnchoring.get(i).sentAt();
            earliestWaiting[i] = i + 1 < byAnchoring.size() && earliestWaiting[i + 1].isBefore(sent)
                    ? earliestWaiting[i + 1] : sent;
        }
        Instant previous = earliestWaiting[0];
        Stall longest = new Stall(previous, 0);
        for (int i = 0; i < byAnchoring.size(); i++) {
            Instant at = anchoredAt.get(byAnchoring.get(i).id());
            Instant gapStart = earliestWaiting[i].isAfter(previous) ? earliestWaiting[i] : previous;
            double gap = Duration.between(gapStart, at).toMillis() / 1000.0;
            if (gap > longest.seconds()) {
                longest = new Stall(gapStart, gap);
            }
            previous = at;
        }
        return longest;
    }
}
