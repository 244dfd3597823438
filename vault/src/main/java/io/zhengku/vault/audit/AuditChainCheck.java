package io.zhengku.vault.audit;

import io.zhengku.ledger.AuditHead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What recomputing an audit trail's chain found: how long it is, how much of it the ledger's heads cover, and
 * every break, in the chain's order. A trail is intact when nothing broke.
 *
 * @param trail the trail's id
 * @param entries the entries in the chain
 * @param head the last entry's recomputed hash, or {@link AuditEntryHash#GENESIS} when there is none
 * @param lastAnchored the latest head anchored, if any
 * @param headsAnchored how many heads the ledger holds for the trail
 * @param breaks what is wrong, the first {@value Builder#MAX_BREAKS} of it
 * @param moreBreaks how many breaks were found beyond those
 */
public record AuditChainCheck(String trail, long entries, String head, Optional<AuditHead> lastAnchored,
                              int headsAnchored, List<String> breaks, long moreBreaks) {

    public AuditChainCheck {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** Entries written since the latest anchored head: what a rewrite could still change unnoticed. */
    public long sinceLastAnchored() {
        return entries - lastAnchored.map(AuditHead::sequence).orElse(0L);
    }

    /** Walks the chain entry by entry, as {@link AuditChain#check} reads it. */
    static final class Builder {

        static final int MAX_BREAKS = 20;

        private final String trail;
        private final List<AuditHead> heads;
        private final List<String> breaks = new ArrayList<>();
        private long moreBreaks;
        private int nextHead;
        private long entries;
        private String recomputed = AuditEntryHash.GENESIS;
        private String stored = AuditEntryHash.GENESIS;

        Builder(String trail, List<AuditHead> headsBySequence) {
            this.trail = trail;
            this.heads = headsBySequence;
        }

        void entry(long sequence, long eventId, String storedHash, AuditEvent line) {
            boolean afterGap = sequence != entries + 1;
            if (afterGap) {
                broke("entries " + (entries + 1) + " to " + (sequence - 1) + " are missing from the chain: they were"
                        + " deleted after they were chained");
            }
            entries = sequence;
            if (line == null) {
                broke("entry " + sequence + ": its audit line (event " + eventId + ") is gone: it was deleted");
            } else {
                // After a gap the stored hash before this entry is gone with the entries: nothing to check against.
                if (!afterGap && !AuditEntryHash.next(stored, line).equals(storedHash)) {
                    broke("entry " + sequence + ": audit line " + eventId + " is not the line that was chained: it"
                            + " was changed after it was written");
                }
                recomputed = AuditEntryHash.next(recomputed, line);
            }
            stored = storedHash;
            while (nextHead < heads.size() && heads.get(nextHead).sequence() <= sequence) {
                AuditHead head = heads.get(nextHead++);
                if (head.sequence() < sequence) {
                    missing(head);
                } else if (!head.hash().equals(recomputed)) {
                    broke("entry " + sequence + ": the chain recomputed from the lines differs from the head anchored"
                            + " at " + head.anchoredAt() + " in transaction " + head.transactionId() + ": the trail was"
                            + " rewritten at or before entry " + sequence);
                }
            }
        }

        void headRow(long sequence, String hash) {
            if (sequence != entries || !hash.equals(stored)) {
                broke("the head row says entry " + sequence + " with hash " + hash + ", but the chain ends at entry "
                        + entries + " with hash " + stored);
            }
        }

        void unchained(long lines) {
            if (lines > 0) {
                broke(lines + " audit line(s) were never chained: written while the chaining trigger was off");
            }
        }

        AuditChainCheck build() {
            heads.subList(nextHead, heads.size()).forEach(this::missing);
            Optional<AuditHead> last = heads.isEmpty() ? Optional.empty() : Optional.of(heads.get(heads.size() - 1));
            return new AuditChainCheck(trail, entries, recomputed, last, heads.size(), breaks, moreBreaks);
        }

        private void missing(AuditHead head) {
            broke("the ledger holds a head at entry " + head.sequence() + " (anchored at " + head.anchoredAt()
                    + "), but the chain has no entry " + head.sequence() + ": entries were deleted");
        }

        private void broke(String what) {
            if (breaks.size() < MAX_BREAKS) {
                breaks.add(what);
            } else {
                moreBreaks++;
            }
        }
    }
}
