package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.JsonObjectReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An issuing department (发证部门) of a region, the licence and material type codes it may issue, and when
 * the entry last changed. Stored under {@link Keys#department(String)}.
 *
 * @param uscc its unified social credit code (统一社会信用代码)
 * @param name its official name, public information
 * @param msp the region (MSP id) it belongs to
 * @param typeCodes the GB/T 36904 type codes it may issue, sorted, without duplicates
 * @param updatedAt when it was registered or last updated (transaction time, ISO-8601 UTC)
 */
record Department(String uscc, String name, String msp, List<String> typeCodes, String updatedAt) {

    /** The fields a register or update request carries; the region and time come from the transaction. */
    static final Set<String> REQUEST_FIELDS = Set.of("uscc", "name", "typeCodes");

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_TYPE_CODES = 500;

    Department {
        FieldChecks.uscc(uscc, "department uscc");
        FieldChecks.text(name, MAX_NAME_LENGTH, "department name");
        typeCodes = sortedTypeCodes(typeCodes);
    }

    /** Reads a register or update request made by {@code msp} at {@code updatedAt}. */
    static Department fromRequest(String json, String msp, String updatedAt) {
        JsonObjectReader request = JsonObjectReader.parse(json, "department").allowOnly(REQUEST_FIELDS);
        return new Department(request.string("uscc"), request.string("name"), msp,
                request.strings("typeCodes"), updatedAt);
    }

    static Department fromState(JsonObjectReader stored) {
        return new Department(stored.string("uscc"), stored.string("name"), stored.string("msp"),
                stored.strings("typeCodes"), stored.string("updatedAt"));
    }

    Map<String, Object> toJson() {
        return Map.of("uscc", uscc, "name", name, "msp", msp, "typeCodes", typeCodes, "updatedAt", updatedAt);
    }

    boolean mayIssue(String typeCode) {
        return typeCodes.contains(typeCode);
    }

    private static List<String> sortedTypeCodes(List<String> typeCodes) {
        if (typeCodes.isEmpty() || typeCodes.size() > MAX_TYPE_CODES) {
            throw refuse(RefusalCode.INVALID_ARGUMENT, "department typeCodes must list 1 to " + MAX_TYPE_CODES
                    + " type codes");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String typeCode : typeCodes) {
            if (!sorted.add(FieldChecks.typeCode(typeCode, "department type code"))) {
                throw refuse(RefusalCode.INVALID_ARGUMENT, "department typeCodes lists " + typeCode
                        + " twice; list each type code once");
            }
        }
        return List.copyOf(sorted);
    }
}
