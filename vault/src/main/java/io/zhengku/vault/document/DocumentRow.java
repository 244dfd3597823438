package io.zhengku.vault.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A licence or material as the vault indexes it (table {@code document}). JSON columns hold canonical JSON
 * text: {@code metadata} the fields as given, {@code disclosures} their salts, {@code anchorEntry} the sealed
 * entry exactly as sent to the ledger, {@code anchorReceipt} the inclusion proof.
 */
@MappedEntity("document")
public record DocumentRow(
        @Id String id,
        DocumentKind kind,
        String typeCode,
        String issuerCode,
        @Nullable String number,
        String holderCode,
        String holderCodeType,
        String metadata,
        String disclosures,
        String metadataCommitment,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        String sha256,
        String sm3,
        String mediaType,
        long sizeBytes,
        String objectKey,
        @Nullable byte[] sealCms,
        String sealFingerprint,
        String anchorEntry,
        DocumentStatus status,
        @Nullable String statusReason,
        @Nullable String supersededBy,
        AnchorStatus anchorStatus,
        @Nullable String anchorTxId,
        @Nullable Long anchorBlock,
        @Nullable String anchorBatchId,
        @Nullable String anchorReceipt,
        @Nullable String anchorError,
        @Nullable Instant anchoredAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Keeps personal data and file bytes out of logs. */
    @Override
    public String toString() {
        return "DocumentRow[" + id + " " + status + " " + anchorStatus + "]";
    }
}
