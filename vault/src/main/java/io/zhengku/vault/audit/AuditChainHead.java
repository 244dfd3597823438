package io.zhengku.vault.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The audit chain's head row, which the database moves on as each audited transaction commits (migration V2).
 *
 * @param oneRow always true: the table holds one row
 * @param trail the trail's id, which its heads on the ledger are anchored under
 * @param sequence the last chained entry, 0 before the first
 * @param hash that entry's chained hash
 */
@MappedEntity("audit_chain_head")
public record AuditChainHead(@Id Boolean oneRow, String trail, long sequence, String hash) {
}
