package io.zhengku.vault.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A material's owner letting another department use it (table {@code material_grant}). */
@Serdeable
@MappedEntity("material_grant")
public record Grant(@Id @GeneratedValue @Nullable Long id, String materialId, String granteeCode, String grantedBy,
                    Instant grantedAt, @Nullable Instant revokedAt) {
}
