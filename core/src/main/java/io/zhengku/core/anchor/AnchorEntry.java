package io.zhengku.core.anchor;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import java.util.Map;
import java.util.Set;

/**
 * One document of an anchor batch (锚定条目), exactly as the issuer submitted and sealed it. Only digests,
 * codes and dates: no personal data. Two byte forms matter, both canonical JSON:
 * <ul>
 *   <li>{@link #leaf()}, the whole entry, is the batch's Merkle leaf;</li>
 *   <li>{@link #signedBytes()}, the entry without {@code sealSignature}, is what the seal signed.</li>
 * </ul>
 * So every check refuses a non-canonical spelling instead of normalising it.
 *
 * <pre>{@code
 * AnchorEntry entry = AnchorEntry.fromJson(JsonObjectReader.parse(json, "entry"));
 * byte[] leaf = entry.leaf();
 * byte[] signed = entry.signedBytes(); // verify entry.sealSignature() over these
 * }</pre>
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
 * @param sealFingerprint SHA-256 of the seal certificate's DER, lowercase hex
 * @param sealSignature base64 of the seal's signature over {@link #signedBytes()}
 */
public record AnchorEntry(String sha256, String sm3, String documentId, DocumentKind kind, String typeCode,
                          String issuerCode, String validFrom, String validUntil, String metadataCommitment,
                          String sealFingerprint, String sealSignature) {

    /** Ample for a DER SM2 or ECDSA signature (at most 72 bytes); every byte is kept by every peer forever. */
    public static final int MAX_SIGNATURE_BYTES = 1024;

    private static final String SEAL_SIGNATURE = "sealSignature";
    private static final Set<String> FIELDS = Set.of("sha256", "sm3", "documentId", "kind", "typeCode", "issuerCode",
            "validFrom", "validUntil", "metadataCommitment", "sealFingerprint", SEAL_SIGNATURE);

    /**
     * Checks every field and that the document id agrees with the kind, type and issuer.
     *
     * @throws InvalidFieldException naming the first wrong field
     */
    public AnchorEntry {
        // The unsigned fields are checked in one place: where the issuer builds them before sealing.
        new EntryToSeal(sha256, sm3, documentId, kind, typeCode, issuerCode, validFrom, validUntil,
                metadataCommitment, sealFingerprint);
        FieldChecks.base64(sealSignature, MAX_SIGNATURE_BYTES, SEAL_SIGNATURE);
    }

    /**
     * Reads an entry strictly: unknown fields and explicit {@code null}s are refused, and refusals name the
     * object, e.g. {@code "batch entry 7: sha256: ..."}.
     *
     * @throws InvalidFieldException naming the first wrong field
     */
    public static AnchorEntry fromJson(JsonObjectReader json) {
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
        String sealSignature = json.string(SEAL_SIGNATURE);
        try {
            return new AnchorEntry(sha256, sm3, documentId, DocumentKind.parse(kind), typeCode, issuerCode,
                    validFrom, validUntil, metadataCommitment, sealFingerprint, sealSignature);
        } catch (InvalidFieldException e) {
            throw e.within(json.what());
        }
    }

    /**
     * The entry as a new, modifiable JSON map; an absent optional field is left out, never written as
     * {@code null}.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = unsignedJson();
        json.put(SEAL_SIGNATURE, sealSignature);
        return json;
    }

    /** The Merkle leaf (默克尔叶子): the entry's canonical JSON bytes. */
    public byte[] leaf() {
        return CanonicalJson.encode(toJson());
    }

    /**
     * What the seal signed (签章原文): the entry's canonical JSON without {@code sealSignature}, since a
     * signature cannot cover itself; the same bytes as {@link EntryToSeal#bytes()}.
     */
    public byte[] signedBytes() {
        return CanonicalJson.encode(unsignedJson());
    }

    /** The entry without its signature, as the seal signed it. */
    public EntryToSeal unsigned() {
        return new EntryToSeal(sha256, sm3, documentId, kind, typeCode, issuerCode, validFrom, validUntil,
                metadataCommitment, sealFingerprint);
    }

    private Map<String, Object> unsignedJson() {
        return EntryToSeal.json(sha256, sm3, documentId, kind, typeCode, issuerCode, validFrom, validUntil,
                metadataCommitment, sealFingerprint);
    }
}
