package io.zhengku.ledger;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The contract's {@code BatchAnchored} event (批次锚定事件): a batch's record and the digests its transaction
 * anchored; digests its issuer had anchored before are left out, so {@code anchored} may be empty.
 *
 * <pre>{@code
 * for (String sha256 : event.anchored()) { index.anchored(sha256, event.batch().batchId()); }
 * }</pre>
 *
 * @param position where the event was committed
 * @param batch the batch record, written by the event's transaction
 * @param anchored the SHA-256 digests (lowercase hex) first anchored by this batch, in batch order
 */
public record BatchAnchored(Checkpoint position, BatchRecord batch, List<String> anchored) implements ContractEvent {

    /** The event name the contract sets. */
    public static final String NAME = "BatchAnchored";

    private static final Set<String> FIELDS = union(BatchRecord.FIELDS, "anchored");

    /**
     * Checks that the batch was written by the event's transaction and that the digests are distinct, well
     * formed and no more than the batch holds.
     *
     * @throws InvalidFieldException naming the first wrong part
     */
    public BatchAnchored {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(batch, "batch");
        if (!batch.transactionId().equals(position.transactionId())) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "txId", "the batch record names transaction "
                    + batch.transactionId() + " but the event was set by " + position.transactionId());
        }
        anchored = List.copyOf(anchored);
        if (anchored.size() > batch.size()) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "anchored", anchored.size()
                    + " digests anchored by a batch of " + batch.size());
        }
        Set<String> seen = new HashSet<>();
        for (String sha256 : anchored) {
            if (!seen.add(FieldChecks.sha256Hex(sha256, "anchored digest"))) {
                throw new InvalidFieldException(Reason.INCONSISTENT, "anchored", "digest " + sha256 + " is twice");
            }
        }
    }

    static BatchAnchored fromJson(Checkpoint position, JsonObjectReader json) {
        json.allowOnly(FIELDS);
        return new BatchAnchored(position, BatchRecord.readFrom(json), json.strings("anchored"));
    }

    private static Set<String> union(Set<String> fields, String more) {
        Set<String> all = new HashSet<>(fields);
        all.add(more);
        return Set.copyOf(all);
    }
}
