package io.zhengku.verifier.index;

import io.zhengku.verifier.service.Freshness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;

/**
 * How far the index lags its peer (索引滞后), from two kinds of fact: the peer's height as asked at some instant,
 * and the last block the index applied. The index is confirmed current as of the instant of the latest height it
 * has caught up with; the lag in time is how long ago that was. So a peer that stops answering, or a follower
 * that stops applying, makes the lag grow by itself, and a past bound turns answers into "cannot confirm now"
 * rather than stale ones. Thread-safe.
 */
@Singleton
public final class IndexLag {

    private record Observed(long height, Instant at) {
    }

    /** Heights not yet caught up with; beyond this many the oldest are dropped, which only overstates the lag. */
    private static final int MAX_PENDING = 64;

    private final Deque<Observed> pending = new ArrayDeque<>();
    private long applied = -1;
    private long knownHeight;
    private Instant confirmedAt;

    /** The peer answered that it holds {@code height} blocks, as asked at {@code at}. */
    public synchronized void peerHeight(long height, Instant at) {
        knownHeight = Math.max(knownHeight, height);
        pending.addLast(new Observed(height, at));
        if (pending.size() > MAX_PENDING) {
            pending.removeFirst();
        }
        confirm();
    }

    /** The index applied every block up to {@code block}. */
    public synchronized void applied(long block) {
        applied = Math.max(applied, block);
        confirm();
    }

    /** The last block applied whole, or empty before the first. */
    public synchronized OptionalLong appliedBlock() {
        return applied < 0 ? OptionalLong.empty() : OptionalLong.of(applied);
    }

    /** The lag as of {@code now}; never confirmed means as far behind as {@code now} is from the epoch. */
    public synchronized Freshness at(Instant now) {
        Duration behind = confirmedAt == null ? Duration.between(Instant.EPOCH, now)
                : Duration.between(confirmedAt, now);
        return new Freshness(Freshness.INDEX, appliedBlock(), Math.max(0, knownHeight - 1 - applied),
                behind.isNegative() ? Duration.ZERO : behind);
    }

    private void confirm() {
        while (!pending.isEmpty() && pending.peekFirst().height() - 1 <= applied) {
            Instant at = pending.removeFirst().at();
            confirmedAt = confirmedAt == null || at.isAfter(confirmedAt) ? at : confirmedAt;
        }
        // Heights are asked in order and only grow, so one not yet reached keeps every later one waiting.
    }
}
