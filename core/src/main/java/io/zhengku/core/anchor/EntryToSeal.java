package io.zhengku.core.anchor;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An anchor entry before its seal signs it (待签章条目): every field of an {@link AnchorEntry} but the
 * signature. The issuer builds one, has its seal sign {@link #bytes()}, and gets the entry to anchor from
 * {@link #sealedWith(String)}.
 *
 * <pre>{@code
 * EntryToSeal unsigned = new EntryToSeal(sha256, sm3, licenceId, DocumentKind.LICENCE, typeCode, issuerCode,
 *         "2026-11-02", null, commitment, sealFingerprint);
 * AnchorEntry entry = unsigned.sealedWith(Base64.getEncoder().encodeToString(seal.sign(unsigned.bytes())));
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
 */
public record EntryToSeal(String sha256, String sm3, String documentId, DocumentKind kind, String typeCode,
                          String issuerCode, String validFrom, String validUntil, String metadataCommitment,
                          String sealFingerprint) {

    /**
     * Checks every field and that the document id agrees with the kind, type and issuer.
     *
     * @throws InvalidFieldException naming the first wrong field
     */
    public EntryToSeal {
        FieldChecks.sha256Hex(sha256, "sha256");
        if (sm3 != null) {
            FieldChecks.sm3Hex(sm3, "sm3");
        }
        FieldChecks.typeCode(typeCode, "typeCode");
        FieldChecks.uscc(issuerCode, "issuerCode");
        FieldChecks.required(kind, "kind").checkId(documentId, typeCode, issuerCode);
        LocalDate from = FieldChecks.isoDate(validFrom, "validFrom");
        if (validUntil != null && FieldChecks.isoDate(validUntil, "validUntil").isBefore(from)) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "validUntil", "validUntil " + validUntil
                    + " is before validFrom " + validFrom);
        }
        FieldChecks.sha256Hex(metadataCommitment, "metadataCommitment");
        FieldChecks.sha256Hex(sealFingerprint, "sealFingerprint");
    }

    /**
     * What the seal signs (签章原文): the canonical JSON of these fields. Every field is covered, so changing
     * any of them breaks the seal.
     */
    public byte[] bytes() {
        return CanonicalJson.encode(toJson());
    }

    /**
     * The entry to anchor, carrying the seal's signature over {@link #bytes()}.
     *
     * @param sealSignature standard padded base64 of the DER signature
     * @throws InvalidFieldException when the signature is not canonical base64 of 1 to
     *     {@link AnchorEntry#MAX_SIGNATURE_BYTES} bytes
     */
    public AnchorEntry sealedWith(String sealSignature) {
        return new AnchorEntry(sha256, sm3, documentId, kind, typeCode, issuerCode, validFrom, validUntil,
                metadataCommitment, sealFingerprint, sealSignature);
    }

    /** The fields as a new JSON map; an absent optional field is left out, never written as {@code null}. */
    Map<String, Object> toJson() {
        return json(sha256, sm3, documentId, kind, typeCode, issuerCode, validFrom, validUntil, metadataCommitment,
                sealFingerprint);
    }

    /**
     * The JSON map of fields already checked, shared with {@link AnchorEntry} so that its leaf and signed bytes
     * (computed for every entry of a batch) do not check the fields again.
     */
    static Map<String, Object> json(String sha256, String sm3, String documentId, DocumentKind kind,
                                    String typeCode, String issuerCode, String validFrom, String validUntil,
                                    String metadataCommitment, String sealFingerprint) {
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
        return json;
    }
}
