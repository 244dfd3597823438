package io.zhengku.vault.store;

import io.zhengku.vault.document.DocumentRepository;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds stored files that no document names: what a crash between storing a file and committing its document
 * leaves behind, or an upload refused after its file was stored. {@link OrphanCleaning} removes them.
 */
@Singleton
public class OrphanReport {

    private final ObjectStore store;
    private final DocumentRepository documents;

    public OrphanReport(ObjectStore store, DocumentRepository documents) {
        this.store = store;
        this.documents = documents;
    }

    /**
     * Keys (SHA-256 digests, no personal data) of stored files that no document names at the moment of the
     * listing; an upload between its write and its commit is among them, which is why removal asks again.
     */
    public List<String> orphans() {
        Set<String> named = new HashSet<>(documents.findAllObjectKeys());
        return store.keys().stream().filter(key -> !named.contains(key)).sorted().toList();
    }
}
