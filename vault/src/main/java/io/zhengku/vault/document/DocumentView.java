package io.zhengku.vault.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.zhengku.core.json.CanonicalJson;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A licence or material as the API answers it to its issuer, holder or grantee. Separate {@code status}
 * (in force or not) and {@code anchorStatus} (where it stands with the ledger).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(String id, String kind, String typeCode, String issuerCode, String number,
                           Map<String, String> metadata, String sha256, String sm3, String mediaType, long size,
                           String status, String statusReason, String supersededBy, String anchorStatus,
                           Anchor anchor, String anchorError, Instant createdAt) {

    /** Where the ledger holds the document; present once ANCHORED. */
    @Serdeable
    public record Anchor(String transactionId, long blockNumber, String batchId, Instant anchoredAt) {
    }

    public static DocumentView of(DocumentRow row) {
        Anchor anchor = row.anchorStatus() == AnchorStatus.ANCHORED
                ? new Anchor(row.anchorTxId(), row.anchorBlock(), row.anchorBatchId(), row.anchoredAt()) : null;
        return new DocumentView(row.id(), row.kind().name(), row.typeCode(), row.issuerCode(), row.number(),
                metadataOf(row), row.sha256(), row.sm3(), row.mediaType(), row.sizeBytes(), row.status().name(),
                row.statusReason(), row.supersededBy(), row.anchorStatus().name(), anchor, row.anchorError(),
                row.createdAt());
    }

    static Map<String, String> metadataOf(DocumentRow row) {
        Map<String, String> fields = new TreeMap<>();
        ((Map<?, ?>) CanonicalJson.parse(row.metadata().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .forEach((name, value) -> fields.put((String) name, (String) value));
        return fields;
    }
}
