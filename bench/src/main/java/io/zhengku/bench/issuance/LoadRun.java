package io.zhengku.bench.issuance;

import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sends requests from {@code concurrency} workers, each taking the next index until all are sent, and keeps
 * every answer by index: a closed loop, so the vault sees exactly {@code concurrency} requests at a time.
 */
final class LoadRun {

    /** Every answer by index, and the wall time from the first send to the last answer. */
    record Outcome(List<VaultHttp.Answer> answers, long elapsedNanos) {

        /** The indexes whose answer was {@code expected}. */
        List<Integer> answered(int expected) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).status() == expected) {
                    indexes.add(i);
                }
            }
            return indexes;
        }

        /** The id in a 201's body. */
        String idOf(int index) {
            return JsonObjectReader.parse(answers.get(index).body(), "issued licence").string("id");
        }
    }

    private LoadRun() {
    }

    static Outcome run(int count, int concurrency, IntFunction<VaultHttp.Answer> request)
            throws InterruptedException {
        VaultHttp.Answer[] answers = new VaultHttp.Answer[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    answers[i] = attempt(request, i);
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
            workers.shutdownNow();
            throw new IllegalStateException("the load run did not finish within an hour");
        }
        return new Outcome(List.of(answers), System.nanoTime() - start);
    }

    /** A request that threw is an answer too (status 0), so that no index is left without one. */
    private static VaultHttp.Answer attempt(IntFunction<VaultHttp.Answer> request, int index) {
        Instant sentAt = Instant.now();
        long start = System.nanoTime();
        try {
            return request.apply(index);
        } catch (RuntimeException e) {
            return new VaultHttp.Answer(0, e.toString(), sentAt, System.nanoTime() - start);
        }
    }
}
