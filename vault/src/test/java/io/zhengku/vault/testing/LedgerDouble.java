package io.zhengku.vault.testing;

import io.micronaut.context.annotation.Requires;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.merkle.MerkleTree;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.StatusChangeRequest;
import jakarta.inject.Singleton;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test double of the ledger, standing in for the Fabric network that cannot be built on these machines:
 * anchors each document in a one-entry batch of its own, counts how often each digest was anchored (so that
 * tests can prove "exactly once"), and can be told to fail. It is only on the test classpath, in the
 * {@code ledger-double} environment; the vault's tests of the pipeline, outbox and status changes run against
 * it and real PostgreSQL and S3.
 */
@Singleton
@Requires(env = LedgerDouble.ENVIRONMENT)
public class LedgerDouble extends WriteOnlyLedger {

    public static final String ENVIRONMENT = "ledger-double";

    private final Map<String, Integer> anchorCounts = new ConcurrentHashMap<>();
    private final Map<String, DocumentStatus> statuses = new ConcurrentHashMap<>();
    private final AtomicLong blocks = new AtomicLong();
    private final AtomicReference<LedgerException> failure = new AtomicReference<>();

    /** Makes every following call fail with {@code failure}, or succeed again with {@code null}. */
    public void failWith(LedgerException next) {
        failure.set(next);
    }

    /** How many times the ledger committed an anchor of this digest. */
    public int anchorCount(String sha256) {
        return anchorCounts.getOrDefault(sha256, 0);
    }

    public Optional<DocumentStatus> statusOf(String sha256) {
        return Optional.ofNullable(statuses.get(sha256));
    }

    @Override
    public CompletableFuture<AnchorReceipt> anchor(AnchorEntry entry) {
        LedgerException failing = failure.get();
        if (failing != null) {
            return CompletableFuture.failedFuture(failing);
        }
        // Like the contract: a digest already anchored is not written again.
        statuses.putIfAbsent(entry.sha256(), DocumentStatus.ACTIVE);
        anchorCounts.merge(entry.sha256(), 1, Integer::sum);
        MerkleTree tree = MerkleTree.of(List.of(entry.leaf()));
        long block = blocks.incrementAndGet();
        return CompletableFuture.completedFuture(new AnchorReceipt("tx-" + block, block, "double-" + block, 0, 1,
                HexFormat.of().formatHex(tree.root()), tree.inclusionProof(0)));
    }

    @Override
    public DocumentRecord changeStatus(StatusChangeRequest request) throws LedgerException {
        LedgerException failing = failure.get();
        if (failing != null) {
            throw failing;
        }
        DocumentStatus next = switch (request.transactionName()) {
            case "suspend" -> DocumentStatus.SUSPENDED;
            case "reinstate" -> DocumentStatus.ACTIVE;
            case "revoke" -> DocumentStatus.REVOKED;
            case "supersede" -> DocumentStatus.SUPERSEDED;
            default -> throw new IllegalArgumentException(request.transactionName());
        };
        statuses.put(request.sha256(), next);
        return null;
    }
}
