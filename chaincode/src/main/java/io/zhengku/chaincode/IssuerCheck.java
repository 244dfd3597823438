package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.RefusalCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Checks that the caller may anchor an entry for its issuer: the department is of the caller's region and
 * registered for the type, and the seal is the department's, not retired, and valid at the transaction
 * time. Departments and seals are read once per batch: every read is a round trip to the peer.
 */
final class IssuerCheck {

    private final IssuerRegistry registry;
    private final Caller caller;
    private final Instant anchorTime;
    private final Map<String, Department> departments = new HashMap<>();
    private final Map<String, Seal> seals = new HashMap<>();

    IssuerCheck(IssuerRegistry registry, Caller caller, Instant anchorTime) {
        this.registry = registry;
        this.caller = caller;
        this.anchorTime = anchorTime;
    }

    /** Refuses the entry with the first problem found, prefixed by {@code what} (e.g. "batch entry 7"). */
    void check(AnchorEntry entry, String what) {
        try {
            Department department = departments.computeIfAbsent(entry.issuerCode(), registry::department);
            caller.requireRegion(department.msp(), "department " + department.uscc());
            if (!department.mayIssue(entry.typeCode())) {
                throw refuse(RefusalCode.TYPE_NOT_REGISTERED, "department " + department.uscc() + " is not registered"
                        + " for type " + entry.typeCode() + "; its region admin must add it with updateDepartment");
            }
            checkSeal(seals.computeIfAbsent(entry.sealFingerprint(), registry::seal), department);
        } catch (ChaincodeException e) {
            throw Refusals.within(what, e);
        }
    }

    private void checkSeal(Seal seal, Department department) {
        if (!seal.department().equals(department.uscc())) {
            throw refuse(RefusalCode.SEAL_NOT_OF_ISSUER, "seal " + seal.fingerprint() + " belongs to department "
                    + seal.department() + ", not to the issuer " + department.uscc() + "; seal with the issuer's seal");
        }
        if (seal.retired()) {
            throw refuse(RefusalCode.SEAL_RETIRED, "seal " + seal.fingerprint() + " was retired at " + seal.retiredAt()
                    + "; seal with a seal in service");
        }
        if (!seal.validAt(anchorTime)) {
            throw refuse(RefusalCode.SEAL_NOT_VALID_AT_ANCHOR_TIME, "seal " + seal.fingerprint() + " is valid from "
                    + seal.certificate().notBefore() + " to " + seal.certificate().notAfter() + ", not at "
                    + anchorTime + "; seal with a certificate valid now");
        }
    }
}
