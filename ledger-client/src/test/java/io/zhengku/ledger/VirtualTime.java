package io.zhengku.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * A {@link TaskScheduler} on a clock that moves only when a test says so. Tasks run in the test's thread,
 * in order of due time, then of submission, so every test is deterministic without sleeping.
 */
final class VirtualTime implements TaskScheduler {

    private record Task(Instant due, long sequence, Runnable body) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due().equals(b.due())
            ? Long.compare(a.sequence(), b.sequence()) : a.due().compareTo(b.due()));
    private Instant now = Instant.parse("2026-11-02T08:00:00Z");
    private long sequence;

    @Override
    public void execute(Runnable task) {
        tasks.add(new Task(now, sequence++, task));
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        tasks.add(new Task(now.plus(delay), sequence++, task));
    }

    /** The virtual time, for batch ids. */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException("virtual time is UTC");
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    /** Runs every task due now, including those they schedule for now. */
    void runReady() {
        while (!tasks.isEmpty() && !tasks.peek().due().isAfter(now)) {
            tasks.remove().body().run();
        }
    }

    /** Moves the clock forward, running each task at its due time. */
    void advance(Duration duration) {
        Instant end = now.plus(duration);
        runReady();
        while (!tasks.isEmpty() && !tasks.peek().due().isAfter(end)) {
            now = tasks.peek().due();
            runReady();
        }
        now = end;
    }
}
