package io.zhengku.chaincode;

import io.zhengku.core.json.CanonicalJson;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * One document of an anchor batch (锚定条目), exactly as the issuer submitted and sealed it. Only digests,
 * codes and dates: no personal data. Its canonical JSON is the batch's Merkle leaf, and its canonical JSON
 * without {@code sealSignature} is what the seal signed, so every check refuses a non-canonical spelling
 * instead of normalising it.
 *
 * @param sha256 SHA-256 of the document, lowercase hex
 * @param sm3 SM3 of the document, lowercase hex, or {@code null} when not given
 * @param documentId the GB/T 36904 licence identifier, or the {@link MaterialId}
 * @param kind licence or material
 * @param typeCode the GB/T 36904 type code (21 characters of 0-9A-Z)
 * @param issuerCode the issuing department's unified social credit code
 * @param validFrom first day of validity, {@code yyyy-MM-dd}
 * @param validUntil last day of validity, {@code yyyy-MM-dd}, or {@code null} for no end (长期有效)
 * @param metadataCommitment SHA-256 over the salted metadata fields, lowercase hex
 * @param sealFingerprint the seal certificate's fingerprint (see {@link SealCertificate})
 * @param sealSignature base64 of the seal's signature; checked by verifiers, not here (see {@link Anchoring})
 */
record AnchorEntry(String sha256, String sm3, String documentId, DocumentKind kind, String typeCode,
                   String issuerCode, String validFrom, String validUntil, String metadataCommitment,
                   String sealFingerprint, String sealSignature) {

    static final Set<String> FIELDS = Set.of("sha256", "sm3", "documentId", "kind", "typeCode", "issuerCode",
            "validFrom", "validUntil", "metadataCommitment", "sealFingerprint", "sealSignature");

    /** Ample for a DER SM2 or ECDSA signature (at most 72 bytes); every byte is kept by every peer forever. */
    static final int MAX_SIGNATURE_BYTES = 1024;

    AnchorEntry {
        Checks.sha256Hex(sha256, "sha256");
        if (sm3 != null) {
            Checks.sm3Hex(sm3, "sm3");
        }
        Checks.typeCode(typeCode, "typeCode");
        Checks.uscc(issuerCode, "issuerCode");
        kind.checkId(documentId, typeCode, issuerCode);
        LocalDate from = Checks.isoDate(validFrom, "validFrom");
        if (validUntil != null && Checks.isoDate(validUntil, "validUntil").isBefore(from)) {
            throw ErrorCode.INVALID_ARGUMENT.refuse("validUntil " + validUntil + " is before validFrom " + validFrom);
        }
        Checks.sha256Hex(metadataCommitment, "metadataCommitment");
        Checks.sha256Hex(sealFingerprint, "sealFingerprint");
        Checks.base64(sealSignature, MAX_SIGNATURE_BYTES, "sealSignature");
    }

    /** Reads an entry; refusals name the entry, e.g. {@code "batch entry 7: sha256: ..."}. */
    static AnchorEntry fromJson(JsonFields json) {
        json.allowOnly(FIELDS);
        String sha256 = json.string("sha256");
        String sm3 = json.optionalString("sm3");
        String documentId = json.string("documentId");
        String kind = json.string("kind");
        String typeCode = json.string("typeCode");
        String issuerCode = json.string("issuerCode");
        String validFrom = json.string("validFrom");
        String validUntil = json.optionalString("validUntil");
        String metadataCommitment = json.string("metadataCommitment");
        String sealFingerprint = json.string("sealFingerprint");
        String sealSignature = json.string("sealSignature");
        try {
            return new AnchorEntry(sha256, sm3, documentId, DocumentKind.parse(kind), typeCode, issuerCode,
                    validFrom, validUntil, metadataCommitment, sealFingerprint, sealSignature);
        } catch (ChaincodeException e) {
            throw ErrorCode.within(json.what(), e);
        }
    }

    /** The entry as JSON; an absent optional field is left out, never written as {@code null}. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sha256", sha256);
        if (sm3 != null) {
            json.put("sm3", sm3);
        }
        json.put("documentId", documentId);
        json.put("kind", kind.name());
        json.put("typeCode", typeCode);
        json.put("issuerCode", issuerCode);
        json.put("validFrom", validFrom);
        if (validUntil != null) {
            json.put("validUntil", validUntil);
        }
        json.put("metadataCommitment", metadataCommitment);
        json.put("sealFingerprint", sealFingerprint);
        json.put("sealSignature", sealSignature);
        return json;
    }

    /** The Merkle leaf: the entry's canonical JSON bytes. */
    byte[] leaf() {
        return CanonicalJson.encode(toJson());
    }
}
