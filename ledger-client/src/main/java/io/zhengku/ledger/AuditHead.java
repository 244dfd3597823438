package io.zhengku.ledger;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.CanonicalJsonException;
import io.zhengku.core.json.JsonObjectReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One anchored head of a vault's audit trail (审计链头): the trail's entry {@code sequence} and that entry's
 * chained hash, as the region's peer holds it.
 *
 * <pre>{@code
 * List<AuditHead> heads = ledger.auditHeads("ShanghaiMSP", trail); // oldest first
 * }</pre>
 *
 * @param msp the region that anchored it
 * @param trail the audit trail's id (one vault database's)
 * @param sequence the trail's entry the head ends at, from 1
 * @param hash that entry's chained SHA-256, lowercase hex
 * @param anchoredAt the anchoring transaction's time
 * @param transactionId the anchoring transaction
 */
public record AuditHead(String msp, String trail, long sequence, String hash, Instant anchoredAt,
                        String transactionId) {

    private static final Set<String> FIELDS = Set.of("msp", "trail", "sequence", "hash", "anchoredAt", "txId");
    private static final String WHAT = "audit heads";

    /** Checks the required parts. */
    public AuditHead {
        Objects.requireNonNull(msp, "msp");
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(anchoredAt, "anchoredAt");
        Objects.requireNonNull(transactionId, "transactionId");
    }

    /**
     * Reads the contract's {@code auditHeads} answer, a JSON array of heads.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static List<AuditHead> parseList(String json) throws LedgerException {
        Objects.requireNonNull(json, "json");
        try {
            if (!(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)) instanceof List<?> items)) {
                throw new IllegalArgumentException(WHAT + " must be a JSON array");
            }
            List<AuditHead> heads = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                heads.add(fromJson(JsonObjectReader.of(items.get(i), "audit head " + i)));
            }
            return List.copyOf(heads);
        } catch (CanonicalJsonException | IllegalArgumentException e) {
            throw Responses.malformed(WHAT, e);
        }
    }

    /**
     * Reads the contract's {@code anchorAuditHead} answer, the head as stored.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static AuditHead parse(String json) throws LedgerException {
        return parseList("[" + json + "]").get(0);
    }

    private static AuditHead fromJson(JsonObjectReader json) {
        json.allowOnly(FIELDS);
        return new AuditHead(json.string("msp"), json.string("trail"), json.integer("sequence"), json.string("hash"),
                Responses.instant(json, "anchoredAt"), json.string("txId"));
    }
}
