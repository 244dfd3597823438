package io.zhengku.ledger;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;

/**
 * Reads the contract's answers into core's records, the one wire format the chaincode writes: an answer
 * that is not such a record means client and contract disagree, which is
 * {@link LedgerException.Reason#MALFORMED_RESPONSE}, never a document that does not exist.
 *
 * <pre>{@code
 * Optional<DocumentRecord> found = gateway.evaluate(LedgerRecords::documentRecord, "findByDigest", sha256);
 * }</pre>
 */
public final class LedgerRecords {

    private LedgerRecords() {
    }

    /**
     * A record as {@code findByDigest}, {@code findById} or a status change returns it.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static DocumentRecord documentRecord(String json) throws LedgerException {
        return Responses.read(json, "document record", DocumentRecord::fromJson);
    }

    /**
     * A record as {@code findBatch} returns it.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static BatchRecord batchRecord(String json) throws LedgerException {
        return Responses.read(json, "batch record", BatchRecord::fromJson);
    }
}
