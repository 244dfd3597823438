package io.zhengku.ledger;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mints batch ids that say who cut the batch and when: {@code <prefix>-<UTC yyyyMMddHHmmssSSS>-<counter>},
 * e.g. {@code sh-vault1-20261102080000123-42}. The counter makes ids unique within a batcher, the time across
 * its restarts, the prefix across batchers.
 */
final class BatchIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final String prefix;
    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();

    BatchIds(String prefix, Clock clock) {
        this.prefix = prefix;
        this.clock = clock;
    }

    String next() {
        return prefix + "-" + TIME.format(clock.instant()) + "-" + counter.incrementAndGet();
    }
}
