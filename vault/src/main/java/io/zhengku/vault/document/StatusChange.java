package io.zhengku.vault.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /api/v1/licences/{id}/status}.
 *
 * @param status        the new status: SUSPENDED, ACTIVE (reinstate), REVOKED or SUPERSEDED
 * @param reasonCode    why, 1 to 32 of A-Z, 0-9 and _ (suspend and revoke)
 * @param reasonText    why in words, 1 to 200 characters, no personal data (suspend and revoke)
 * @param replacementId the licence that replaces this one (supersede)
 */
@Serdeable
public record StatusChange(String status, @Nullable String reasonCode, @Nullable String reasonText,
                           @Nullable String replacementId) {
}
