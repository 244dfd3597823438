package io.zhengku.vault.document;

import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;

/**
 * Who may see a document: its issuing department, its holder, and for a material a department its owner
 * granted it to. Anyone else is told it does not exist, so that identifiers cannot be probed.
 */
@Singleton
public class DocumentAccess {

    private final DocumentRepository documents;
    private final GrantRepository grants;

    public DocumentAccess(DocumentRepository documents, GrantRepository grants) {
        this.documents = documents;
        this.grants = grants;
    }

    /** The document of that kind the caller may read. */
    public DocumentRow readable(Caller caller, DocumentKind kind, String id) {
        DocumentRow row = documents.findById(id).filter(d -> d.kind() == kind)
                .orElseThrow(() -> ProblemException.notFound(kindName(kind), id));
        if (isIssuer(caller, row) || isHolder(caller, row)
                || kind == DocumentKind.MATERIAL && caller.is(Role.DEPARTMENT)
                && grants.existsActive(row.id(), caller.code())) {
            return row;
        }
        throw ProblemException.notFound(kindName(kind), id);
    }

    /** The document of that kind the caller issued; only its issuer may change it. */
    public DocumentRow issuedBy(Caller caller, DocumentKind kind, String id) {
        DocumentRow row = readable(caller, kind, id);
        if (!isIssuer(caller, row)) {
            throw ProblemException.forbidden("only the issuing department " + row.issuerCode()
                    + " may change this " + kindName(kind));
        }
        return row;
    }

    /** The material the caller owns (as its holder), for granting it to a department. */
    public DocumentRow owned(Caller caller, String id) {
        DocumentRow row = readable(caller, DocumentKind.MATERIAL, id);
        if (!isHolder(caller, row)) {
            throw ProblemException.forbidden("only the owner of a material may grant or revoke its use");
        }
        return row;
    }

    static boolean isIssuer(Caller caller, DocumentRow row) {
        return caller.is(Role.DEPARTMENT) && caller.code().equals(row.issuerCode());
    }

    static boolean isHolder(Caller caller, DocumentRow row) {
        return caller.is(Role.HOLDER) && caller.code().equals(row.holderCode());
    }

    private static String kindName(DocumentKind kind) {
        return kind == DocumentKind.LICENCE ? "licence" : "material";
    }
}
