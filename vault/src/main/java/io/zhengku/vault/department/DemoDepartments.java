package io.zhengku.vault.department;

import io.zhengku.signing.pki.DevPki;
import java.util.List;
import java.util.Map;

/**
 * The demo departments of the development PKI ({@link DevPki#DEMO_DEPARTMENTS}) with the GB/T 36904 type codes
 * each may issue: what a fresh vault registers so that it can be tried at once. The codes are illustrative,
 * in the standard's shape (21 characters); a real deployment registers its departments through the admin API.
 */
public final class DemoDepartments {

    /** 营业执照, business licence. */
    public static final String BUSINESS_LICENCE = "11100000000013338W011";
    /** 食品经营许可证, food business permit. */
    public static final String FOOD_PERMIT = "11100000000013338W012";
    /** 医疗机构执业许可证, medical institution licence. */
    public static final String MEDICAL_LICENCE = "11100000000013338W021";
    /** 身份证明材料, proof of identity (a material). */
    public static final String IDENTITY_MATERIAL = "11100000000013338M001";
    /** 租赁合同, lease contract (a material). */
    public static final String LEASE_MATERIAL = "11100000000013338M002";

    private static final Map<String, List<String>> TYPES = Map.of(
            "113101010024795883", List.of(BUSINESS_LICENCE, FOOD_PERMIT, IDENTITY_MATERIAL, LEASE_MATERIAL),
            "11310101002479609K", List.of(MEDICAL_LICENCE, IDENTITY_MATERIAL),
            "11330100002489137M", List.of(BUSINESS_LICENCE, IDENTITY_MATERIAL, LEASE_MATERIAL));

    private DemoDepartments() {
    }

    /** Every demo department, in the development PKI's order. */
    public static List<Department> all() {
        return DevPki.DEMO_DEPARTMENTS.stream()
                .map(d -> new Department(d.creditCode().code(), d.region().code(), d.name(),
                        TYPES.get(d.creditCode().code()).toArray(String[]::new)))
                .toList();
    }

    /** The demo departments of one region: what that region's vault registers. */
    public static List<Department> of(String region) {
        return all().stream().filter(department -> department.region().equals(region)).toList();
    }
}
