package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.LastStatusChange;
import java.time.LocalDate;

/**
 * STATUS (状态): the document is anchored, its issuer has not suspended, revoked or superseded it, and today
 * (in China's calendar) lies within its anchored validity dates.
 */
final class StatusCheck {

    private StatusCheck() {
    }

    static Finding judge(DocumentRecord record, LocalDate today) {
        AnchorEntry entry = record.entry();
        LastStatusChange change = record.lastChange();
        String since = change == null ? "" : " since " + change.at();
        String why = change == null || change.reasonCode() == null ? "" : " (reason " + change.reasonCode() + ")";
        return switch (record.status()) {
            case REVOKED -> Finding.invalid(Reason.REVOKED, "revoked by its issuer" + since + why);
            case SUSPENDED -> Finding.invalid(Reason.SUSPENDED, "suspended by its issuer" + since + why);
            case SUPERSEDED -> Finding.invalid(Reason.SUPERSEDED, "replaced by its issuer" + since + " with the "
                    + "document whose SHA-256 is " + (change == null ? "on the ledger" : change.supersededBy()));
            case ACTIVE -> judgeDates(entry, today);
        };
    }

    private static Finding judgeDates(AnchorEntry entry, LocalDate today) {
        if (entry.validUntil() != null && today.isAfter(LocalDate.parse(entry.validUntil()))) {
            return Finding.invalid(Reason.EXPIRED, "its last day of validity was " + entry.validUntil());
        }
        if (today.isBefore(LocalDate.parse(entry.validFrom()))) {
            return Finding.invalid(Reason.NOT_YET_VALID, "it is valid from " + entry.validFrom());
        }
        return Finding.valid(Reason.IN_FORCE, "anchored, not suspended or revoked, valid from " + entry.validFrom()
                + (entry.validUntil() == null ? " with no end date" : " to " + entry.validUntil()));
    }
}
