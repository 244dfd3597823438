package io.zhengku.vault.audit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.AuditLedger;
import io.zhengku.ledger.LedgerException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anchors the audit chain's head on the ledger every {@code zhengku.audit.anchor-interval} (default one
 * minute) when it moved: from then on, no rewrite of the trail up to that entry can go unnoticed by
 * {@code ./zk audit verify}. One transaction per interval, whatever the traffic. A failure is tried again at the
 * next interval; a refusal as {@code AUDIT_HEAD_CONFLICT} means the trail no longer agrees with what was anchored,
 * and is logged as the alarm it is.
 */
@Singleton
@Requires(beans = AuditLedger.class)
public class AuditHeadAnchoring {

    private static final Logger LOG = LoggerFactory.getLogger(AuditHeadAnchoring.class);

    private final AuditChainHeadRepository heads;
    private final AuditLedger ledger;
    private long anchored;

    public AuditHeadAnchoring(AuditChainHeadRepository heads, AuditLedger ledger) {
        this.heads = heads;
        this.ledger = ledger;
    }

    @Scheduled(fixedDelay = "${zhengku.audit.anchor-interval:1m}", initialDelay = "${zhengku.audit.anchor-interval:1m}")
    public void anchorHead() {
        AuditChainHead head = heads.current();
        if (head.sequence() <= anchored) {
            return;
        }
        try {
            ledger.anchorAuditHead(head.trail(), head.sequence(), head.hash());
            anchored = head.sequence();
            LOG.info("anchored the head of audit trail {} at entry {}", head.trail(), head.sequence());
        } catch (LedgerException e) {
            if (e.isRefusedWith(RefusalCode.AUDIT_HEAD_CONFLICT)) {
                LOG.error("the ledger refused the head of audit trail {} at entry {}: {}; the trail no longer agrees"
                        + " with a head anchored before: run ./zk audit verify", head.trail(), head.sequence(),
                        e.getMessage());
            } else {
                LOG.warn("could not anchor the head of audit trail {} at entry {} ({}); trying again in the next"
                        + " interval", head.trail(), head.sequence(), e.getMessage());
            }
        }
    }
}
