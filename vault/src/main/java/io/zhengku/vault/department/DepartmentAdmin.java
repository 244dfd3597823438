package io.zhengku.vault.department;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.party.PartyCodeException;
import io.zhengku.core.party.UnifiedSocialCreditCode;
import io.zhengku.core.text.PlainText;
import io.zhengku.signing.pki.Region;
import io.zhengku.ledger.LedgerException;
import io.zhengku.vault.anchoring.LedgerProblems;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A region's admin registers the departments of its own region and the type codes each may issue; no admin
 * touches another region's departments. A department registered here issues once its seal key is in the vault.
 */
@Singleton
public class DepartmentAdmin {

    static final int MAX_TYPE_CODES = 100;
    private static final Pattern TYPE_CODE = Pattern.compile("[0-9A-Z]{21}");

    private final DepartmentRepository departments;
    private final Optional<LedgerDepartments> ledger;

    public DepartmentAdmin(DepartmentRepository departments, Optional<LedgerDepartments> ledger) {
        this.departments = departments;
        this.ledger = ledger;
    }

    /** The departments of the admin's region, by code. */
    public List<Department> list(Caller admin) {
        requireAdmin(admin);
        return departments.findByRegionOrderByCode(admin.region());
    }

    public Department register(Caller admin, String code, String name, List<String> typeCodes) {
        requireAdmin(admin);
        String checked = creditCode(code);
        Region region = Region.byCode(admin.region());
        if (!region.registered(checked)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "foreign-region", "department " + checked
                    + " was registered in division " + checked.substring(2, 8) + ", outside " + admin.region()
                    + " (divisions " + region.province() + "xxxx); its own region's admin registers it there",
                    "code", null);
        }
        if (departments.existsById(checked)) {
            throw new ProblemException(HttpStatus.CONFLICT, "department-exists", "department " + checked
                    + " is already registered; change its type codes instead");
        }
        return departments.save(onLedger(new Department(checked, admin.region(), officialName(name),
                typeCodes(typeCodes))));
    }

    public Department changeTypes(Caller admin, String code, List<String> typeCodes) {
        requireAdmin(admin);
        Department department = departments.findById(code).filter(d -> d.region().equals(admin.region()))
                .orElseThrow(() -> ProblemException.notFound("department of region " + admin.region(), code));
        return departments.update(onLedger(new Department(department.code(), department.region(), department.name(),
                typeCodes(typeCodes))));
    }

    /**
     * Writes the department to the ledger's issuer registry first, when the vault has a ledger: the ledger is
     * the authority and the table its copy, so nothing is kept here that the ledger refused.
     */
    private Department onLedger(Department department) {
        if (ledger.isPresent()) {
            try {
                ledger.get().register(department);
            } catch (LedgerException e) {
                throw LedgerProblems.of(e, "the registration of department " + department.code());
            }
        }
        return department;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.REGION_ADMIN)) {
            throw ProblemException.forbidden("only a region's admin manages its departments");
        }
    }

    private static String creditCode(String code) {
        try {
            return new UnifiedSocialCreditCode(String.valueOf(code)).code();
        } catch (PartyCodeException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "department-invalid", e.getMessage(), "code", e);
        }
    }

    /**
     * The official name, stripped and {@link PlainText} with no {@code < >}: every region's verifier shows it,
     * and relying parties' own systems receive it.
     */
    static String officialName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw nameInvalid("name must be the department's official name, 1 to 200 characters");
        }
        String stripped = name.strip();
        PlainText.firstFlawInName(stripped).ifPresent(flaw -> {
            throw nameInvalid(flaw.explain("name"));
        });
        return stripped;
    }

    private static ProblemException nameInvalid(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "department-invalid", detail, "name", null);
    }

    private static String[] typeCodes(List<String> typeCodes) {
        if (typeCodes == null || typeCodes.isEmpty() || typeCodes.size() > MAX_TYPE_CODES) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "department-invalid", "typeCodes must list 1 to "
                    + MAX_TYPE_CODES + " GB/T 36904 type codes", "typeCodes", null);
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String typeCode : typeCodes) {
            if (typeCode == null || !TYPE_CODE.matcher(typeCode).matches() || !unique.add(typeCode)) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "department-invalid", "type code \""
                        + typeCode + "\" is not 21 characters of 0-9 and A-Z, or is listed twice", "typeCodes", null);
            }
        }
        return unique.toArray(String[]::new);
    }
}
