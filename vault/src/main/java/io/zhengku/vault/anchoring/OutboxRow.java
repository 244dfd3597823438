package io.zhengku.vault.anchoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A document still to anchor (table {@code anchor_outbox}), written with the document in one transaction. */
@MappedEntity("anchor_outbox")
public record OutboxRow(@Id String documentId, int attempts, Instant nextAttemptAt, @Nullable String lastError,
                        Instant createdAt) {

    public static OutboxRow due(String documentId, Instant now) {
        return new OutboxRow(documentId, 0, now, null, now);
    }
}
