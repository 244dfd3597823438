package io.zhengku.vault.authz;

/**
 * What one cell of the authorisation matrix expects: the status, the problem {@code code} of a refusal, and for
 * a listing whether the matrix's own document (or department) is in it, since a listing answers 200 to
 * anyone who may list and must still show each caller only its own.
 */
enum Outcome {
    OK(200, null, null),
    CREATED(201, null, null),
    NO_CONTENT(204, null, null),
    LISTED(200, null, true),
    NOT_LISTED(200, null, false),
    UNAUTHENTICATED(401, "unauthenticated", null),
    /** The caller may see the thing but not do this to it, or is of a role that never may. */
    FORBIDDEN(403, "forbidden", null),
    /** A department's or admin's token of another region, refused before any controller looks at the request. */
    FOREIGN_REGION(403, "foreign-region", null),
    TYPE_NOT_REGISTERED(403, "type-not-registered", null),
    /** Not the caller's to see: told it does not exist, so that identifiers cannot be probed. */
    NOT_FOUND(404, "not-found", null),
    /** Allowed, and refused by the licence's state: only a FAILED anchor can be retried. */
    ANCHOR_NOT_FAILED(409, "anchor-not-failed", null),
    /** Allowed, and refused because the department's seal key is not in this vault. */
    NO_SEAL(409, "no-seal", null),
    METADATA_INVALID(422, "metadata-invalid", null);

    final int status;
    /** The problem's {@code code}, for a refusal. */
    final String code;
    /** For a listing: whether the matrix's own item is in it. */
    final Boolean listsItem;

    Outcome(int status, String code, Boolean listsItem) {
        this.status = status;
        this.code = code;
        this.listsItem = listsItem;
    }

    boolean allowed() {
        return status < 300;
    }

    @Override
    public String toString() {
        return status + (code != null ? " " + code : listsItem == null ? "" : listsItem ? " listing it" : " not listing it");
    }
}
