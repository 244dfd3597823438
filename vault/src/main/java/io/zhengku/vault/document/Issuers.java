package io.zhengku.vault.document;

import io.micronaut.http.HttpStatus;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.department.Department;
import io.zhengku.vault.department.DepartmentRepository;
import io.zhengku.vault.department.SealKeys;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;

/** Who may issue here: a department registered in this vault, for the type it issues, with its seal key. */
@Singleton
public class Issuers {

    private final DepartmentRepository departments;
    private final SealKeys seals;

    public Issuers(DepartmentRepository departments, SealKeys seals) {
        this.departments = departments;
        this.seals = seals;
    }

    /**
     * @throws ProblemException 403 {@code forbidden} when the caller is not a department registered here
     */
    public Department departmentOf(Caller caller) {
        if (!caller.is(Role.DEPARTMENT)) {
            throw ProblemException.forbidden("only an issuing department may issue or register documents");
        }
        return departments.findById(caller.code()).orElseThrow(() -> ProblemException.forbidden(
                "department " + caller.code() + " is not registered in this vault"));
    }

    /**
     * @throws ProblemException 403 {@code type-not-registered}, naming the types the department may issue
     */
    public void requireRegistered(Department department, String typeCode) {
        if (!department.mayIssue(typeCode)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "type-not-registered", "department "
                    + department.code() + " is not registered for type " + typeCode + "; it may issue "
                    + department.typeCodeList(), "typeCode", null);
        }
    }

    /**
     * @throws ProblemException 409 {@code no-seal} when this vault holds no seal key of the department
     */
    public SealCredential sealOf(Department department) {
        return seals.sealOf(department.code()).orElseThrow(() -> new ProblemException(
                HttpStatus.CONFLICT, "no-seal", "department " + department.code() + " has no seal in this vault; "
                + "its region admin must register one before it can issue"));
    }
}
