package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import java.util.Optional;

/**
 * Everything the verifier read from its own region's peer about one document: its anchored record, and the
 * issuer registry's entries for the department and the seal that record names.
 *
 * @param record the anchored record, empty when nothing is anchored under what was presented
 * @param department the registered issuing department, empty when not registered
 * @param seal the registered seal certificate the entry names, empty when not registered
 */
public record LedgerFacts(Optional<DocumentRecord> record, Optional<RegisteredDepartment> department,
                          Optional<RegisteredSeal> seal) {

    /** Nothing anchored under what was presented. */
    public static LedgerFacts nothingAnchored() {
        return new LedgerFacts(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
