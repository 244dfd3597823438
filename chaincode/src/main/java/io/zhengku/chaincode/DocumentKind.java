package io.zhengku.chaincode;

import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.licence.LicenceIdException;

/**
 * What an anchored document is: an electronic licence (电子证照), identified by its GB/T 36904 identifier, or
 * an electronic material (电子材料), identified by a {@link MaterialId}.
 */
enum DocumentKind {
    LICENCE {
        @Override
        void checkId(String documentId, String typeCode, String issuerCode) {
            LicenceId id = licenceId(documentId);
            requireSame("type code", id.typeCode(), typeCode, "typeCode");
            requireSame("issuer code", id.issuerCode(), issuerCode, "issuerCode");
        }
    },
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

    static DocumentKind parse(String value) {
        for (DocumentKind kind : values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        throw ErrorCode.INVALID_ARGUMENT.refuse("kind must be LICENCE or MATERIAL, got \"" + value + "\"");
    }

    /** Refuses text that is neither a licence identifier nor a material id; returns it unchanged. */
    static String checkAnyId(String documentId) {
        if (documentId == null) {
            throw ErrorCode.INVALID_ARGUMENT.refuse("documentId is missing");
        }
        if (documentId.startsWith(LicenceId.PREFIX)) {
            licenceId(documentId);
        } else {
            MaterialId.parse(documentId);
        }
        return documentId;
    }

    private static LicenceId licenceId(String documentId) {
        try {
            return LicenceId.parse(documentId);
        } catch (LicenceIdException e) {
            throw ErrorCode.INVALID_ARGUMENT.refuse("documentId: " + e.getMessage());
        }
    }

    private static void requireSame(String part, String inId, String inEntry, String field) {
        if (!inId.equals(inEntry)) {
            throw ErrorCode.INVALID_ARGUMENT.refuse("documentId has " + part + " " + inId + " but " + field
                    + " is " + inEntry + "; they must agree");
        }
    }
}
