package io.zhengku.ledger;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An issuing department (发证部门) as the ledger's issuer registry records it: its region and the licence and
 * material type codes it may issue. Read from the {@code zhengku} contract's {@code findDepartment} answer
 * {@code {msp, name, typeCodes, updatedAt, uscc}}.
 *
 * <pre>{@code
 * RegisteredDepartment department = RegisteredDepartment.parse(json);
 * boolean allowed = department.mayIssue(entry.typeCode());
 * }</pre>
 *
 * @param uscc its unified social credit code (统一社会信用代码)
 * @param name its official name
 * @param msp the region (MSP id) it belongs to, e.g. {@code ShanghaiMSP}
 * @param typeCodes the GB/T 36904 type codes it may issue, at least one
 * @param updatedAt the time of the transaction that registered or last updated it
 */
public record RegisteredDepartment(String uscc, String name, String msp, List<String> typeCodes, Instant updatedAt) {

    private static final Set<String> FIELDS = Set.of("msp", "name", "typeCodes", "updatedAt", "uscc");

    /**
     * Checks the code and the type codes, and keeps an immutable copy of the latter.
     *
     * @throws InvalidFieldException naming the first wrong part
     */
    public RegisteredDepartment {
        FieldChecks.uscc(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(msp, "msp");
        Objects.requireNonNull(typeCodes, "typeCodes");
        // A department the contract lets issue nothing cannot exist, so an empty list is a broken answer.
        if (typeCodes.isEmpty()) {
            throw new InvalidFieldException(InvalidFieldException.Reason.MALFORMED, "typeCodes",
                    "a department may issue at least one type code, got none");
        }
        typeCodes.forEach(typeCode -> FieldChecks.typeCode(typeCode, "typeCode"));
        typeCodes = List.copyOf(typeCodes);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Reads the contract's {@code findDepartment} answer.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static RegisteredDepartment parse(String json) throws LedgerException {
        return Responses.read(json, "department record", RegisteredDepartment::fromJson);
    }

    static RegisteredDepartment fromJson(JsonObjectReader json) {
        json.allowOnly(FIELDS);
        return new RegisteredDepartment(json.string("uscc"), json.string("name"), json.string("msp"),
                json.strings("typeCodes"), Responses.instant(json, "updatedAt"));
    }

    /** Whether the department may issue documents of this GB/T 36904 type code. */
    public boolean mayIssue(String typeCode) {
        return typeCodes.contains(typeCode);
    }
}
