package io.zhengku.vault.document;

import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of bulk issuance: {@code seal} for the CPU-heavy steps (inspection, hashing, CMS seal, entry seal),
 * bounded by the cores so that a bulk request cannot starve the rest of the vault of more than them, and
 * {@code store} for the object-store writes, which mostly wait on the network.
 */
@Singleton
public class BulkExecutors {

    private final ExecutorService seal;
    private final ExecutorService store;

    public BulkExecutors(@Property(name = "zhengku.bulk.seal-threads", defaultValue = "0") int sealThreads,
                         @Property(name = "zhengku.bulk.store-threads", defaultValue = "8") int storeThreads) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.seal = Executors.newFixedThreadPool(sealThreads > 0 ? sealThreads : cores, named("bulk-seal"));
        this.store = Executors.newFixedThreadPool(Math.max(1, storeThreads), named("bulk-store"));
    }

    ExecutorService seal() {
        return seal;
    }

    ExecutorService store() {
        return store;
    }

    @PreDestroy
    void shutdown() {
        seal.shutdownNow();
        store.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
