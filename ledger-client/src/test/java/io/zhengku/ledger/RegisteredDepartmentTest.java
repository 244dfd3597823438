package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.LedgerException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RegisteredDepartmentTest {

    /** Shanghai's market bureau as the chaincode's own tests pin the contract's {@code findDepartment} answer. */
    static final String GOLDEN = "{\"msp\":\"ShanghaiMSP\",\"name\":\"上海市市场监督管理局\","
            + "\"typeCodes\":[\"11100000000013338W011\",\"21100000000000000M001\"],"
            + "\"updatedAt\":\"2026-11-02T08:00:00Z\",\"uscc\":\"113100000024178544\"}";

    @Test
    void the_department_the_contract_writes_is_read_with_every_field() throws LedgerException {
        RegisteredDepartment department = RegisteredDepartment.parse(GOLDEN);

        assertThat(department).isEqualTo(new RegisteredDepartment(Samples.SH_MARKET, "上海市市场监督管理局",
                "ShanghaiMSP", List.of("11100000000013338W011", Samples.APPLICATION_FORM),
                Instant.parse("2026-11-02T08:00:00Z")));
    }

    @Test
    void a_department_may_issue_exactly_the_type_codes_it_lists() throws LedgerException {
        RegisteredDepartment department = RegisteredDepartment.parse(GOLDEN);

        assertThat(department.mayIssue(Samples.APPLICATION_FORM)).isTrue();
        assertThat(department.mayIssue("11100000000013338W011")).isTrue();
        assertThat(department.mayIssue("11100000000013338W012")).isFalse();
    }

    @Test
    void the_type_codes_are_kept_as_an_immutable_copy() {
        List<String> typeCodes = new ArrayList<>(List.of(Samples.APPLICATION_FORM));
        RegisteredDepartment department = new RegisteredDepartment(Samples.SH_MARKET, "上海市市场监督管理局",
                "ShanghaiMSP", typeCodes, Instant.parse("2026-11-02T08:00:00Z"));

        typeCodes.add("11100000000013338W011");

        assertThat(department.typeCodes()).containsExactly(Samples.APPLICATION_FORM);
        assertThatThrownBy(() -> department.typeCodes().add("11100000000013338W011"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_unknown_field_is_a_malformed_response() {
        assertMalformed(with("holder", "张三"), "unknown fields [holder]");
    }

    @Test
    void a_missing_field_is_a_malformed_response() {
        assertMalformed(without("msp"), "msp is missing");
    }

    @Test
    void a_uscc_with_a_wrong_check_character_is_a_malformed_response() {
        assertMalformed(with("uscc", "113100000024178545"),
                "uscc: unified social credit code 113100000024178545 should end in '4'");
    }

    @Test
    void a_malformed_update_time_is_a_malformed_response() {
        assertMalformed(with("updatedAt", "2026-11-02 08:00:00"), "updatedAt must be an ISO-8601 instant");
    }

    @Test
    void a_type_code_that_is_not_a_GB_T_36904_code_is_a_malformed_response() {
        assertMalformed(with("typeCodes", List.of(Samples.APPLICATION_FORM, "21100000000000000m001")),
                "typeCode must be 21 characters");
    }

    @Test
    void a_department_that_may_issue_nothing_is_a_malformed_response() {
        assertMalformed(with("typeCodes", List.of()), "at least one type code");
    }

    @Test
    void an_answer_that_is_not_json_is_a_malformed_response() {
        assertMalformed("not json", "department record");
    }

    private static Map<String, Object> golden() {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) CanonicalJson.parse(GOLDEN.getBytes(StandardCharsets.UTF_8));
        return new TreeMap<>(json);
    }

    private static String with(String name, Object value) {
        Map<String, Object> json = golden();
        json.put(name, value);
        return CanonicalJson.encodeToString(json);
    }

    private static String without(String name) {
        Map<String, Object> json = golden();
        json.remove(name);
        return CanonicalJson.encodeToString(json);
    }

    private static void assertMalformed(String json, String problem) {
        assertThatThrownBy(() -> RegisteredDepartment.parse(json))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
                    assertThat(e.isTransient()).isFalse();
                })
                .hasMessageContaining(problem);
    }
}
