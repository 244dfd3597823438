package io.zhengku.core.anchor;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.licence.LicenceId;

/**
 * What an anchored document is: an electronic licence (电子证照), identified by its GB/T 36904
 * {@link LicenceId}, or an electronic material (电子材料), identified by a {@link MaterialId}.
 *
 * <pre>{@code
 * DocumentKind kind = DocumentKind.parse("MATERIAL");
 * }</pre>
 */
public enum DocumentKind {
    /** An electronic licence or certificate (电子证照). */
    LICENCE {
        @Override
        void checkId(String documentId, String typeCode, String issuerCode) {
            LicenceId id = FieldChecks.licenceId(documentId, "documentId");
            requireSame("type code", id.typeCode(), typeCode, "typeCode");
            requireSame("issuer code", id.issuerCode(), issuerCode, "issuerCode");
        }
    },
    /** An electronic material (电子材料), such as an application form a citizen uploaded. */
    MATERIAL {
        @Override
        void checkId(String documentId, String typeCode, String issuerCode) {
            requireSame("issuer code", MaterialId.parse(documentId).issuerCode(), issuerCode, "issuerCode");
        }
    };

    /**
     * Refuses a document id that is not of this kind's syntax or that names another issuer (or, for a
     * licence, another type) than the entry does.
     */
    abstract void checkId(String documentId, String typeCode, String issuerCode);

    /**
     * The kind named exactly {@code LICENCE} or {@code MATERIAL}.
     *
     * @throws InvalidFieldException for any other text
     */
    public static DocumentKind parse(String value) {
        for (DocumentKind kind : values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        throw new InvalidFieldException(Reason.MALFORMED, "kind", "kind must be LICENCE or MATERIAL, got \""
                + value + "\"");
    }

    private static void requireSame(String part, String inId, String inEntry, String field) {
        if (!inId.equals(inEntry)) {
            throw new InvalidFieldException(Reason.INCONSISTENT, "documentId", "documentId has " + part + " " + inId
                    + " but " + field + " is " + inEntry + "; they must agree");
        }
    }
}
