package io.zhengku.chaincode;

import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * The world-state key layout (账本键). Every key is a Fabric composite key
 * ({@code \u0000<type>\u0000<id>\u0000}), so the kinds of record never collide with each other and regions
 * can be listed with one partial-key query:
 *
 * <table>
 *   <tr><th>type</th><th>id</th><th>value</th></tr>
 *   <tr><td>{@code region}</td><td>MSP id</td><td>a region that joined (its endorsement counts)</td></tr>
 *   <tr><td>{@code department}</td><td>unified social credit code</td><td>department and its type codes</td></tr>
 *   <tr><td>{@code seal}</td><td>SHA-256 of the certificate DER, lowercase hex</td><td>seal certificate</td></tr>
 *   <tr><td>{@code document}</td><td>SHA-256 of the document, lowercase hex</td><td>anchored document</td></tr>
 *   <tr><td>{@code documentId}</td><td>licence or material id</td><td>{@code {"sha256":...}} index</td></tr>
 *   <tr><td>{@code batch}</td><td>batch id</td><td>anchored batch and its Merkle root</td></tr>
 *   <tr><td>{@code auditHead}</td><td>{@code <MSP id>:<audit trail id>}</td><td>the trail's latest anchored head; the key's
 *       history holds every one before</td></tr>
 * </table>
 */
final class Keys {

    static final String REGION = "region";

    private Keys() {
    }

    static String region(String msp) {
        return key(REGION, msp);
    }

    static String department(String uscc) {
        return key("department", uscc);
    }

    static String seal(String fingerprint) {
        return key("seal", fingerprint);
    }

    static String document(String sha256) {
        return key("document", sha256);
    }

    static String documentId(String documentId) {
        return key("documentId", documentId);
    }

    static String batch(String batchId) {
        return key("batch", batchId);
    }

    /** One id of the MSP and the trail joined by {@code ':'}, which neither may hold: every key has one id. */
    static String auditHead(String msp, String trail) {
        return key("auditHead", msp + ":" + trail);
    }

    private static String key(String type, String id) {
        // The same string ChaincodeStub.createCompositeKey builds, without needing a stub.
        return new CompositeKey(type, id).toString();
    }
}
