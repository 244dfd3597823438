package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.ledger.KeyModification;

/**
 * Read-only lookups (查询), answered from the local peer's state by any region. Each returns canonical JSON
 * and refuses an absent record as {@link RefusalCode#NOT_FOUND}.
 */
final class Queries {

    private final LedgerState state;

    Queries(LedgerState state) {
        this.state = state;
    }

    String findByDigest(String sha256) {
        String digest = FieldChecks.sha256Hex(sha256, "sha256");
        return state.require(Keys.document(digest), "no document is anchored with SHA-256 " + digest);
    }

    String findById(String documentId) {
        String id = FieldChecks.documentId(documentId, "documentId");
        String sha256 = state.read(Keys.documentId(id), "document id " + id)
                .orElseThrow(() -> refuse(RefusalCode.NOT_FOUND, "no document is anchored with id " + id))
                .string("sha256");
        return findByDigest(sha256);
    }

    /**
     * The evidence a verification needs (核验依据), in one read-only call so a verifier reads its peer once:
     * {@code {"batch":{batch},"department":{entry},"record":{record},"seal":{seal}}}, each exactly as stored: the
     * batch that anchored the record (its root proves the record's audit path), the record's issuing department
     * and the seal its entry names.
     */
    String findEvidence(String sha256) {
        return evidence(findByDigest(sha256));
    }

    String findEvidenceById(String documentId) {
        return evidence(findById(documentId));
    }

    /** Concatenates the stored texts, whose names are in canonical (sorted) order, so no byte is re-encoded. */
    private String evidence(String record) {
        JsonObjectReader fields = JsonObjectReader.parse(record, "document record");
        String batch = findBatch(fields.string("batchId"));
        String department = findDepartment(fields.string("issuer"));
        String seal = findSeal(fields.object("entry").string("sealFingerprint"));
        return "{\"batch\":" + batch + ",\"department\":" + department + ",\"record\":" + record
                + ",\"seal\":" + seal + "}";
    }

    /**
     * Every committed version of a document record, in the order the peer returns them, each as
     * {@code {"txId":..., "timestamp":..., "isDelete":false, "value":{record}}}.
     */
    String history(String sha256) {
        String digest = FieldChecks.sha256Hex(sha256, "sha256");
        List<Map<String, Object>> versions = state.history(Keys.document(digest)).stream()
                .map(Queries::version).toList();
        if (versions.isEmpty()) {
            throw refuse(RefusalCode.NOT_FOUND, "no document is anchored with SHA-256 " + digest);
        }
        return CanonicalJson.encodeToString(versions);
    }

    /** The joined regions' records, in MSP order. */
    String listRegions() {
        return CanonicalJson.encodeToString(state.all(Keys.REGION).stream()
                .map(region -> CanonicalJson.parse(region.getValue())).toList());
    }

    String findBatch(String batchId) {
        String id = FieldChecks.batchId(batchId, "batchId");
        return state.require(Keys.batch(id), "no batch is anchored with id " + id);
    }

    String findDepartment(String uscc) {
        String code = FieldChecks.uscc(uscc, "uscc");
        return state.require(Keys.department(code), "no department is registered with code " + code);
    }

    String findSeal(String fingerprint) {
        String digest = FieldChecks.sha256Hex(fingerprint, "fingerprint");
        return state.require(Keys.seal(digest), "no seal certificate is registered with fingerprint " + digest);
    }

    private static Map<String, Object> version(KeyModification modification) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("txId", modification.getTxId());
        version.put("timestamp", modification.getTimestamp().toString());
        version.put("isDelete", modification.isDeleted());
        if (!modification.isDeleted()) {
            version.put("value", CanonicalJson.parse(modification.getValue()));
        }
        return version;
    }
}
