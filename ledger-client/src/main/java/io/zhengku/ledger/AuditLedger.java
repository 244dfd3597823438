package io.zhengku.ledger;

import java.util.List;

/**
 * Where a vault anchors the head of its audit trail, and where anyone reads the heads back to check the trail.
 *
 * <pre>{@code
 * ledger.anchorAuditHead(trail, 1042, head.hash()); // waits for the commit
 * }</pre>
 */
public interface AuditLedger {

    /**
     * Anchors the head of one of the caller's region's audit trails and waits for it to be committed; the same
     * head again changes nothing. A head that goes behind the anchored one, or gives its sequence another hash,
     * is refused with {@code AUDIT_HEAD_CONFLICT}.
     */
    AuditHead anchorAuditHead(String trail, long sequence, String hash) throws LedgerException;

    /** Every head of the trail the region (by MSP id) anchored, oldest first; empty when none is. */
    List<AuditHead> auditHeads(String msp, String trail) throws LedgerException;
}
