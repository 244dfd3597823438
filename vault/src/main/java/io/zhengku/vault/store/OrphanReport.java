package io.zhengku.vault.store;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import io.zhengku.vault.document.DocumentRepository;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds stored files that no document names: what a crash between storing a file and committing its document
 * leaves behind. They are reported, not deleted: the upload was never acknowledged, and an operator decides.
 */
@Singleton
public class OrphanReport {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanReport.class);

    private final ObjectStore store;
    private final DocumentRepository documents;

    public OrphanReport(ObjectStore store, DocumentRepository documents) {
        this.store = store;
        this.documents = documents;
    }

    /** Keys (SHA-256 digests, no personal data) of stored files that no document names. */
    public List<String> orphans() {
        Set<String> named = new HashSet<>(documents.findAllObjectKeys());
        return store.keys().stream().filter(key -> !named.contains(key)).sorted().toList();
    }

    /**
     * Runs beside the start, not in it: listing a bucket of tens of thousands of files takes minutes on a
     * filesystem-backed store, and the vault must answer meanwhile.
     */
    @EventListener
    @Async(TaskExecutors.BLOCKING)
    void onStartup(StartupEvent event) {
        List<String> orphans = orphans();
        if (orphans.isEmpty()) {
            LOG.info("every stored file belongs to a document");
        } else {
            LOG.warn("{} stored file(s) belong to no document (uploads interrupted before they were acknowledged): {}",
                    orphans.size(), orphans);
        }
    }
}
