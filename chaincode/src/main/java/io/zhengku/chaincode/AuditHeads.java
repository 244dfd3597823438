package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ledger.KeyModification;

/**
 * The regions' audit heads (审计链头): each vault chains its audit trail entry by entry, hash over the previous
 * hash, and from time to time anchors the chain's latest sequence number and hash here. A head once anchored
 * cannot be taken back: a later head must go forward, and the same sequence number always has the same hash.
 * So whoever rewrites a region's audit table afterwards, even with the database's superuser, cannot make its
 * chain agree with the heads every peer holds; {@code ./zk audit verify} recomputes the chain and compares.
 *
 * <p>A trail is one vault database's audit table, named by the id its first migration drew: every database a
 * region runs (and every test's) chains on its own. One key per region and trail holds the latest head; the
 * key's history holds every head before it. The key is the region's own, endorsed by its peer and another
 * region's, like every record a region writes.
 */
final class AuditHeads {

    private static final Pattern MSP = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    private static final Pattern TRAIL = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final LedgerState state;
    private final Regions regions;

    AuditHeads(LedgerState state, Regions regions) {
        this.state = state;
        this.regions = regions;
    }

    /**
     * Anchors the caller's region's head; the same head again changes nothing and returns the stored one.
     * Refused as {@link RefusalCode#AUDIT_HEAD_CONFLICT} when it goes behind the stored head, or names its
     * sequence number with another hash.
     */
    String anchor(Caller caller, String trailId, String sequenceText, String hash) {
        String trail = name(TRAIL, trailId, "trail", "an audit trail's id (1 to 64 letters, digits or '-')");
        long sequence = sequence(sequenceText);
        String digest = FieldChecks.sha256Hex(hash, "hash");
        String key = Keys.auditHead(caller.msp(), trail);
        Optional<JsonObjectReader> stored = state.read(key, "audit head");
        if (stored.isPresent()) {
            long storedSequence = stored.get().integer("sequence");
            String storedHash = stored.get().string("hash");
            if (storedSequence == sequence && storedHash.equals(digest)) {
                return state.require(key, "no audit head of " + caller.msp());
            }
            if (storedSequence >= sequence) {
                throw refuse(RefusalCode.AUDIT_HEAD_CONFLICT, caller.msp() + " anchored entry " + storedSequence
                        + " of audit trail " + trail
                        + " with hash " + storedHash + "; entry " + sequence + " with hash " + digest + " does not"
                        + " follow it, so the audit trail was rewritten or restored from an older copy: run ./zk"
                        + " audit verify and investigate before anchoring again");
            }
        }
        String written = state.write(key, Map.of("msp", caller.msp(), "trail", trail, "sequence", sequence,
                "hash", digest, "anchoredAt", state.nowText(), "txId", state.txId()));
        state.protect(key, regions.policyFor(caller.msp()));
        return written;
    }

    /** Every head the region anchored for the trail, oldest first; refused as {@link RefusalCode#NOT_FOUND} when none. */
    String history(String mspId, String trailId) {
        String region = name(MSP, mspId, "msp", "a region's MSP id such as ShanghaiMSP (1 to 64 letters, digits,"
                + " '.' or '-')");
        String trail = name(TRAIL, trailId, "trail", "an audit trail's id (1 to 64 letters, digits or '-')");
        List<Object> heads = new ArrayList<>(state.history(Keys.auditHead(region, trail)).stream()
                .filter(modification -> !modification.isDeleted())
                .map(KeyModification::getValue).map(CanonicalJson::parse).toList());
        if (heads.isEmpty()) {
            throw refuse(RefusalCode.NOT_FOUND, region + " has anchored no head of audit trail " + trail + " yet");
        }
        // The peer returns a key's history newest first; a head's sequence numbers only go forward.
        Collections.reverse(heads);
        return CanonicalJson.encodeToString(heads);
    }

    private static String name(Pattern pattern, String text, String what, String expected) {
        if (text == null || !pattern.matcher(text).matches()) {
            throw refuse(RefusalCode.INVALID_ARGUMENT, what + " must be " + expected + ", not '" + text + "'");
        }
        return text;
    }

    private static long sequence(String text) {
        try {
            long sequence = Long.parseLong(text);
            if (sequence > 0) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // refused below, with what was wrong
        }
        throw refuse(RefusalCode.INVALID_ARGUMENT, "sequence must be a whole number of 1 or more (the audit entry"
                + " the head ends at), not '" + text + "'");
    }
}
