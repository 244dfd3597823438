package io.zhengku.vault.document;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.party.PartyCodeException;
import io.zhengku.core.party.UnifiedSocialCreditCode;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A material's owner lets another department use it (授权使用), and may take that back; every grant is kept,
 * revoked ones with their time, so the audit can tell who could read it when.
 */
@Singleton
public class Grants {

    private final DocumentAccess access;
    private final GrantRepository grants;
    private final Clock clock;

    public Grants(DocumentAccess access, GrantRepository grants, Clock clock) {
        this.access = access;
        this.grants = grants;
        this.clock = clock;
    }

    /** Records the grant and its audit line in one transaction. */
    @Transactional
    public Grant grant(Caller owner, String materialId, String granteeCode, AuditTrail.Line acknowledged) {
        DocumentRow material = access.owned(owner, materialId);
        String grantee = departmentCode(granteeCode);
        if (grants.existsActive(material.id(), grantee)) {
            throw new ProblemException(HttpStatus.CONFLICT, "grant-exists", "department " + grantee
                    + " may already use this material");
        }
        Grant grant = grants.save(new Grant(null, material.id(), grantee, "holder", clock.instant(), null));
        acknowledged.recordFor(material.id());
        return grant;
    }

    /** Ends the grant and writes its audit line in one transaction. */
    @Transactional
    public void revoke(Caller owner, String materialId, String granteeCode, AuditTrail.Line acknowledged) {
        DocumentRow material = access.owned(owner, materialId);
        if (grants.revoke(material.id(), departmentCode(granteeCode), clock.instant()) == 0) {
            throw ProblemException.notFound("grant to", granteeCode);
        }
        acknowledged.recordFor(material.id());
    }

    public List<Grant> list(Caller owner, String materialId) {
        return grants.findByMaterialIdOrderById(access.owned(owner, materialId).id());
    }

    private static String departmentCode(String code) {
        try {
            return new UnifiedSocialCreditCode(String.valueOf(code)).code();
        } catch (PartyCodeException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "grantee-invalid", e.getMessage(),
                    "grantee", e);
        }
    }
}
