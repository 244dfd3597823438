package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.anchor.RefusalCode;

/**
 * The issuer registry (发证机构登记): departments of each region, the type codes they may issue, and their
 * seal certificates. A region's admin writes only its own region's entries; everyone reads all of them, so
 * any region can check a seal from the ledger alone. New entries get a key-level endorsement policy that
 * needs the owning region and one other region.
 */
final class IssuerRegistry {

    private final LedgerState state;
    private final Regions regions;

    IssuerRegistry(LedgerState state, Regions regions) {
        this.state = state;
        this.regions = regions;
    }

    /** Registers a new department of the caller's region; returns the stored record. */
    String registerDepartment(Caller caller, String departmentJson) {
        caller.requireAdmin("register a department");
        Department department = Department.fromRequest(departmentJson, caller.msp(), state.nowText());
        RegionDivisions.requireOwnDivision(caller, department.uscc());
        String key = Keys.department(department.uscc());
        if (state.bytes(key).isPresent()) {
            throw refuse(RefusalCode.DEPARTMENT_EXISTS, "department " + department.uscc()
                    + " is already registered; change it with updateDepartment");
        }
        byte[] policy = regions.policyFor(caller.msp());
        String stored = state.write(key, department.toJson());
        state.protect(key, policy);
        return stored;
    }

    /** Replaces the name and type codes of a department of the caller's region; returns the stored record. */
    String updateDepartment(Caller caller, String departmentJson) {
        caller.requireAdmin("update a department");
        Department update = Department.fromRequest(departmentJson, caller.msp(), state.nowText());
        caller.requireRegion(department(update.uscc()).msp(), "department " + update.uscc());
        return state.write(Keys.department(update.uscc()), update.toJson());
    }

    /** Registers a seal certificate for a department of the caller's region; returns the stored record. */
    String registerSeal(Caller caller, String departmentUscc, String certificatePem) {
        caller.requireAdmin("register a seal");
        Department department = department(FieldChecks.uscc(departmentUscc, "departmentUscc"));
        caller.requireRegion(department.msp(), "department " + department.uscc());
        SealCertificate certificate = SealCertificate.fromPem(certificatePem);
        String key = Keys.seal(certificate.fingerprint());
        if (state.bytes(key).isPresent()) {
            throw refuse(RefusalCode.SEAL_EXISTS, "seal certificate " + certificate.fingerprint()
                    + " is already registered; see findSeal");
        }
        byte[] policy = regions.policyFor(caller.msp());
        String stored = state.write(key,
                new Seal(certificate, department.uscc(), caller.msp(), state.nowText(), null).toJson());
        state.protect(key, policy);
        return stored;
    }

    /** Retires a seal of the caller's region from now on; returns the stored record. */
    String retireSeal(Caller caller, String fingerprint) {
        caller.requireAdmin("retire a seal");
        Seal seal = seal(FieldChecks.sha256Hex(fingerprint, "fingerprint"));
        caller.requireRegion(seal.msp(), "seal " + seal.fingerprint());
        if (seal.retired()) {
            throw refuse(RefusalCode.SEAL_RETIRED, "seal " + seal.fingerprint() + " was already retired at "
                    + seal.retiredAt());
        }
        return state.write(Keys.seal(seal.fingerprint()), seal.retire(state.nowText()).toJson());
    }

    /** The registered department, refused as {@link RefusalCode#UNKNOWN_DEPARTMENT} when absent. */
    Department department(String uscc) {
        return state.read(Keys.department(uscc), "department " + uscc).map(Department::fromState)
                .orElseThrow(() -> refuse(RefusalCode.UNKNOWN_DEPARTMENT, "department " + uscc
                        + " is not registered; its region admin must call registerDepartment first"));
    }

    /** The registered seal, refused as {@link RefusalCode#UNKNOWN_SEAL} when absent. */
    Seal seal(String fingerprint) {
        return state.read(Keys.seal(fingerprint), "seal " + fingerprint).map(Seal::fromState)
                .orElseThrow(() -> refuse(RefusalCode.UNKNOWN_SEAL, "no seal certificate is registered with"
                        + " fingerprint " + fingerprint + "; its region admin must call registerSeal first"));
    }
}
