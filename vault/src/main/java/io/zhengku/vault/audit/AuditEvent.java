package io.zhengku.vault.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One line of the append-only audit trail (审计日志): who did what to which document, when, from where, and how
 * it ended. Never the document's contents or the holder's data: {@code actor} is a department or region code,
 * or the word {@code holder}.
 */
@MappedEntity("audit_event")
public record AuditEvent(@Id @GeneratedValue @Nullable Long id, Instant at, String actor, String actorRole,
                         String action, @Nullable String target, String outcome, @Nullable String remote) {
}
