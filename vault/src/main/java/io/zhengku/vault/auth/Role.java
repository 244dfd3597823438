package io.zhengku.vault.auth;

import java.util.Arrays;
import java.util.Optional;

/** Who a bearer token speaks for, as the {@code roles} claim names it. */
public enum Role {
    /** An issuing department (发证部门), acting for itself only. */
    DEPARTMENT("department"),
    /** A citizen or business holding licences and owning materials (持证主体). */
    HOLDER("holder"),
    /** A region's administrator, managing its departments and retrying failed anchors. */
    REGION_ADMIN("region-admin");

    /** Role names as {@code @Secured} needs them: compile-time constants. */
    public static final String DEPARTMENT_NAME = "department";
    public static final String HOLDER_NAME = "holder";
    public static final String REGION_ADMIN_NAME = "region-admin";

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
