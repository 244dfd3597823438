package io.zhengku.ledger.fabric;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.AnchorTransactions;
import io.zhengku.ledger.Commit;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerRecords;
import io.zhengku.ledger.Submitted;
import java.util.Objects;
import java.util.Optional;

/** The batcher's steps on the real channel: {@code anchorBatch} submitted through a {@link FabricGateway}. */
public final class FabricAnchorTransactions implements AnchorTransactions {

    private final FabricGateway gateway;

    public FabricAnchorTransactions(FabricGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public Submitted submit(AnchorBatch batch) throws LedgerException {
        return new Submitted(gateway.submit("anchorBatch", CanonicalJson.encodeToString(batch.toJson())).transactionId());
    }

    @Override
    public Commit awaitCommit(String transactionId) throws LedgerException {
        return gateway.awaitCommit(transactionId);
    }

    @Override
    public Optional<DocumentRecord> findByDigest(String sha256) throws LedgerException {
        return gateway.evaluate(LedgerRecords::documentRecord, "findByDigest", sha256);
    }
}
