package io.zhengku.bench.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many execution samples fell under each name (a method, a package group), most first. */
final class SampleCounts {

    private final Map<String, Long> counts = new HashMap<>();

    void add(String name) {
        counts.merge(name, 1L, Long::sum);
    }

    /** The {@code n} names with the most samples; ties in name order, so that a report reads the same twice. */
    List<Map.Entry<String, Long>> top(int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }

    int distinct() {
        return counts.size();
    }
}
