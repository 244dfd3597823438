package io.zhengku.ledger;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the {@link AnchorBatcher} cuts, submits and retries batches (批量设置).
 *
 * <pre>{@code
 * BatcherSettings settings = BatcherSettings.defaults("sh-vault1").withMaxBatchSize(500);
 * }</pre>
 *
 * @param batchIdPrefix starts every batch id; unique per running batcher, e.g. region and instance
 *     ({@code sh-vault1}): 1 to 30 of A-Z, a-z, 0-9, {@code . _ : -}
 * @param maxBatchSize a batch is cut when it holds this many documents; at most the contract's
 *     {@code ZHENGKU_MAX_BATCH_ENTRIES}
 * @param maxWait a batch is cut at the latest this long after its first document arrived
 * @param maxInFlight at most this many batches are being submitted, committed or retried at once
 * @param maxRetries how often a batch is tried again after transient failures before its documents fail
 * @param initialBackoff the wait before the first retry; each next retry waits twice as long
 * @param maxBackoff the longest wait between retries
 */
public record BatcherSettings(String batchIdPrefix, int maxBatchSize, Duration maxWait, int maxInFlight,
                              int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    /** The default batch size: large enough for throughput, well below the contract's default limit. */
    public static final int DEFAULT_MAX_BATCH_SIZE = 1000;

    // Prefix, '-', 17 characters of time, '-' and a counter of up to 15 digits stay within 64 characters.
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._:-]{1,30}");

    /** Checks every setting. */
    public BatcherSettings {
        Objects.requireNonNull(batchIdPrefix, "batchIdPrefix");
        if (!PREFIX.matcher(batchIdPrefix).matches()) {
            throw new IllegalArgumentException("batchIdPrefix must be 1 to 30 of A-Z, a-z, 0-9, '.', '_', ':', '-',"
                    + " got \"" + batchIdPrefix + "\"");
        }
        requirePositive(maxBatchSize, "maxBatchSize");
        requirePositive(maxWait, "maxWait");
        requirePositive(maxInFlight, "maxInFlight");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is below initialBackoff " + initialBackoff);
        }
    }

    /**
     * Batches of up to 1,000 documents or 200 ms, 4 in flight, 5 retries waiting 100 ms, 200 ms, ... up to 5 s:
     * on an idle network a document waits about one block-cutting interval plus 200 ms.
     */
    public static BatcherSettings defaults(String batchIdPrefix) {
        return new BatcherSettings(batchIdPrefix, DEFAULT_MAX_BATCH_SIZE, Duration.ofMillis(200), 4, 5,
                Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    public BatcherSettings withMaxBatchSize(int size) {
        return new BatcherSettings(batchIdPrefix, size, maxWait, maxInFlight, maxRetries, initialBackoff, maxBackoff);
    }

    public BatcherSettings withMaxWait(Duration wait) {
        return new BatcherSettings(batchIdPrefix, maxBatchSize, wait, maxInFlight, maxRetries, initialBackoff,
                maxBackoff);
    }

    public BatcherSettings withMaxInFlight(int batches) {
        return new BatcherSettings(batchIdPrefix, maxBatchSize, maxWait, batches, maxRetries, initialBackoff,
                maxBackoff);
    }

    /** The same settings with another retry policy. */
    public BatcherSettings withRetries(int retries, Duration initial, Duration max) {
        return new BatcherSettings(batchIdPrefix, maxBatchSize, maxWait, maxInFlight, retries, initial, max);
    }

    /** The wait before retry number {@code retry} (1 for the first): exponential, capped at {@link #maxBackoff}. */
    Duration backoff(int retry) {
        Duration wait = initialBackoff;
        for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
