package io.zhengku.vault.testing;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.Ledger;
import java.util.List;
import java.util.Optional;

/**
 * The part of a ledger double the vault never uses: the vault anchors and changes status, and reads nothing back
 * from the ledger, so its doubles refuse reads rather than invent answers.
 */
public abstract class WriteOnlyLedger implements Ledger {

    @Override
    public Optional<DocumentRecord> findByDigest(String sha256) {
        throw new UnsupportedOperationException("the vault does not read records back");
    }

    @Override
    public Optional<DocumentRecord> findById(String documentId) {
        throw new UnsupportedOperationException("the vault does not read records back");
    }

    @Override
    public List<DocumentVersion> history(String sha256) {
        throw new UnsupportedOperationException("the vault does not read history");
    }

    @Override
    public Optional<BatchRecord> findBatch(String batchId) {
        throw new UnsupportedOperationException("the vault does not read batches");
    }
}
