package io.zhengku.ledger;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the {@link AnchorBatcher} runs its work (任务调度): ledger calls, which block, now or after a delay.
 * Injected so that tests drive time by hand and production sizes its own threads.
 *
 * <pre>{@code
 * TaskScheduler scheduler = TaskScheduler.of(Executors.newFixedThreadPool(4),
 *         Executors.newSingleThreadScheduledExecutor());
 * }</pre>
 */
public interface TaskScheduler {

    /**
     * Runs {@code task} as soon as possible, on a thread that may block on the ledger; it must hand the task
     * over rather than run it in the calling thread, which may hold the batcher's lock.
     */
    void execute(Runnable task);

    /** Runs {@code task} like {@link #execute} once {@code delay} has passed. */
    void schedule(Duration delay, Runnable task);

    /**
     * Runs tasks on {@code workers}, timed by {@code timer}, which only hands them over. Give the workers at
     * least {@link BatcherSettings#maxInFlight()} threads: each batch in flight blocks one while it awaits its
     * commit. The caller owns both and shuts them down after {@link AnchorBatcher#shutdown()} completes.
     */
    static TaskScheduler of(Executor workers, ScheduledExecutorService timer) {
        Objects.requireNonNull(workers, "workers");
        Objects.requireNonNull(timer, "timer");
        return new TaskScheduler() {
            @Override
            public void execute(Runnable task) {
                workers.execute(task);
            }

            @Override
            public void schedule(Duration delay, Runnable task) {
                timer.schedule(() -> workers.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
            }
        };
    }
}
