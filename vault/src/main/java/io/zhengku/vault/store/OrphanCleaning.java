package io.zhengku.vault.store;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes stored files that no document names (孤儿文件清理): after each start, beside it, and then every
 * {@code zhengku.store.orphan-clean-interval} (default one hour). An orphan was never acknowledged to anyone, so
 * removing it loses nothing; what must not be removed is the file of an upload still on its way to its commit,
 * which is why each removal goes through {@link ObjectClaims#removeOrphan} and spares a key claimed within
 * {@code zhengku.store.orphan-grace} (default one hour: far longer than any upload takes from its write to its
 * commit, so that only claims of uploads a crash cut short lapse).
 */
@Singleton
public class OrphanCleaning {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanCleaning.class);
    private static final Duration SHORTEST_GRACE = Duration.ofSeconds(1);

    private final OrphanReport report;
    private final ObjectClaims claims;
    private final Duration grace;

    public OrphanCleaning(OrphanReport report, ObjectClaims claims,
                          @Property(name = "zhengku.store.orphan-grace", defaultValue = "1h") Duration grace) {
        if (grace.compareTo(SHORTEST_GRACE) < 0) {
            throw new IllegalArgumentException("zhengku.store.orphan-grace is " + grace + "; it must outlast any"
                    + " upload from its file's write to its commit: give it " + SHORTEST_GRACE + " or more (default 1h)");
        }
        this.report = report;
        this.claims = claims;
        this.grace = grace;
    }

    /** What one pass came to: keys removed, and keys kept because an upload claimed them within the grace. */
    public record Pass(List<String> removed, List<String> kept) {
    }

    /**
     * Runs beside the start, not in it: listing a bucket of tens of thousands of files takes minutes on a
     * filesystem-backed store, and the vault must answer meanwhile.
     */
    @EventListener
    @Async(TaskExecutors.BLOCKING)
    void onStartup(StartupEvent event) {
        cleanOrPostpone();
    }

    @Scheduled(fixedDelay = "${zhengku.store.orphan-clean-interval:1h}",
            initialDelay = "${zhengku.store.orphan-clean-interval:1h}")
    void periodically() {
        cleanOrPostpone();
    }

    /** A pass that fails (the store or the database gone at that moment) is tried again in the next interval. */
    private void cleanOrPostpone() {
        try {
            clean();
        } catch (RuntimeException e) {
            LOG.warn("could not clean the stored files that belong to no document ({}); trying again in"
                    + " zhengku.store.orphan-clean-interval", e.getMessage());
        }
    }

    /** Finds the orphans and removes every one no upload holds; logs what it found and did. */
    public synchronized Pass clean() {
        List<String> orphans = report.orphans();
        if (orphans.isEmpty()) {
            LOG.info("every stored file belongs to a document");
        } else {
            LOG.warn("{} stored file(s) belong to no document (uploads interrupted before they were acknowledged): {}",
                    orphans.size(), orphans);
        }
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String key : orphans) {
            (claims.removeOrphan(key, grace) ? removed : kept).add(key);
        }
        claims.forgetOlderThan(grace);
        if (!removed.isEmpty()) {
            LOG.info("removed {} orphaned file(s): {}", removed.size(), removed);
        }
        if (!kept.isEmpty()) {
            LOG.info("kept {} file(s) that a document now names or an upload claimed within {}: {}", kept.size(),
                    grace, kept);
        }
        return new Pass(removed, kept);
    }
}
