package io.zhengku.vault.api;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.document.DocumentRepository;
import io.zhengku.vault.document.DocumentRow;
import io.zhengku.vault.document.DocumentView;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** A department's documents (optionally of one holder and status), or a holder's own, a page at a time. */
@Singleton
class DocumentListing {

    static final int MAX_PAGE_SIZE = 100;

    private final DocumentRepository documents;

    DocumentListing(DocumentRepository documents) {
        this.documents = documents;
    }

    /** One page of a listing, newest first. */
    @Serdeable
    record Page(List<DocumentView> items, int page, int size, long total) {
    }

    Page list(Caller caller, DocumentKind kind, String holderCode, String status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "paging-invalid", "page must be 0 or more and size "
                    + "1 to " + MAX_PAGE_SIZE);
        }
        if (status != null && Arrays.stream(DocumentStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "status-invalid", "status must be one of "
                    + Arrays.toString(DocumentStatus.values()), "status", null);
        }
        Pageable pageable = Pageable.from(page, size);
        io.micronaut.data.model.Page<DocumentRow> rows = switch (caller.role()) {
            case DEPARTMENT -> documents.search(caller.code(), kind, blankToNull(holderCode), status, pageable);
            case HOLDER -> documents.findHeldBy(caller.code(), kind, pageable);
            case REGION_ADMIN -> throw ProblemException.forbidden("listings are for departments and holders");
        };
        return new Page(rows.getContent().stream().map(DocumentView::of).toList(), page, size, rows.getTotalSize());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
