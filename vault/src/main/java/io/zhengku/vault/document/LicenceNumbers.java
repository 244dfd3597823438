package io.zhengku.vault.document;

import io.micronaut.http.HttpStatus;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;

/** A department's licence number (证照编号) is issued once per licence type. */
@Singleton
public class LicenceNumbers {

    private final DocumentRepository documents;

    public LicenceNumbers(DocumentRepository documents) {
        this.documents = documents;
    }

    /**
     * @throws ProblemException 409 {@code licence-number-taken}, naming the licence that holds the number
     */
    public void requireFree(String issuerCode, DocumentMetadata metadata) {
        documents.findLicenceByNumber(issuerCode, metadata.typeCode(), metadata.number()).ifPresent(existing -> {
            throw taken(metadata.number(), "was already issued as " + existing.id());
        });
    }

    /** The refusal of a number that is taken: {@code how} says by what. */
    public static ProblemException taken(String number, String how) {
        return new ProblemException(HttpStatus.CONFLICT, "licence-number-taken", "licence number " + number
                + " of this type " + how + "; read that licence, or issue the new one under a new number");
    }
}
