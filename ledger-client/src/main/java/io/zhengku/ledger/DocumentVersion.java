package io.zhengku.ledger;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.CanonicalJsonException;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One committed version of a document record, from its history (历史记录): the anchoring, then every status
 * change, in the order the peer returns them.
 *
 * <pre>{@code
 * List<DocumentVersion> versions = DocumentVersion.parseHistory(json);
 * DocumentStatus first = versions.get(0).record().status(); // ACTIVE
 * }</pre>
 *
 * @param transactionId the transaction that wrote this version
 * @param timestamp that transaction's time
 * @param record the record as written, or {@code null} for a deletion (the contract never deletes one)
 */
public record DocumentVersion(String transactionId, Instant timestamp, DocumentRecord record) {

    private static final Set<String> FIELDS = Set.of("txId", "timestamp", "isDelete", "value");
    private static final String WHAT = "document history";

    /** Checks the required parts. */
    public DocumentVersion {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * Reads the contract's {@code history} answer:
     * {@code [{"isDelete":false,"timestamp":...,"txId":...,"value":{record}}, ...]}.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static List<DocumentVersion> parseHistory(String json) throws LedgerException {
        Objects.requireNonNull(json, "json");
        try {
            Object parsed = CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8));
            if (!(parsed instanceof List<?> items)) {
                throw new InvalidFieldException(InvalidFieldException.Reason.WRONG_TYPE, WHAT, WHAT
                        + " must be a JSON array");
            }
            List<DocumentVersion> versions = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                versions.add(fromJson(JsonObjectReader.of(items.get(i), "history version " + i)));
            }
            return List.copyOf(versions);
        } catch (CanonicalJsonException | IllegalArgumentException e) {
            throw Responses.malformed(WHAT, e);
        }
    }

    // A deletion carries no value; reading "value" by presence keeps to the reader's typed accessors.
    private static DocumentVersion fromJson(JsonObjectReader json) {
        json.allowOnly(FIELDS);
        DocumentRecord record = json.has("value") ? DocumentRecord.fromJson(json.object("value")) : null;
        return new DocumentVersion(json.string("txId"), Responses.instant(json, "timestamp"), record);
    }
}
