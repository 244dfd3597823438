package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.HANGZHOU_SAMR;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A region's admin manages the departments of its own region only; nobody else manages any. */
@MicronautTest
class DepartmentAdminIT extends VaultApiTest {

    private static final String NEW_DEPARTMENT = "11310101002479596X";

    @Test
    void an_admin_registers_a_department_of_its_region_and_changes_its_types() {
        String admin = tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai");

        Answer registered = vault.post("/api/v1/departments", admin, Map.of("code", NEW_DEPARTMENT,
                "name", "上海市黄浦区文化和旅游局", "typeCodes", List.of("11100000000013338W031")));
        Answer again = vault.post("/api/v1/departments", admin, Map.of("code", NEW_DEPARTMENT,
                "name", "上海市黄浦区文化和旅游局", "typeCodes", List.of("11100000000013338W031")));
        Answer changed = vault.send("PUT", "/api/v1/departments/" + NEW_DEPARTMENT + "/types", admin,
                Map.of("typeCodes", List.of("11100000000013338W031", "11100000000013338W032")));

        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(registered.string("region")).isEqualTo("shanghai");
        assertThat(again.code()).isEqualTo("department-exists");
        assertThat(changed.body().get("typeCodes")).isEqualTo(List.of("11100000000013338W031", "11100000000013338W032"));
        assertThat(vault.getList("/api/v1/departments", admin)).extracting(d -> d.get("code"))
                .contains(SHANGHAI_SAMR, NEW_DEPARTMENT).doesNotContain(HANGZHOU_SAMR);
    }

    @Test
    void no_admin_touches_another_regions_department_and_departments_manage_none() {
        String zhejiang = tokens.mint(Role.REGION_ADMIN, "zhejiang", "zhejiang");

        Answer foreign = vault.send("PUT", "/api/v1/departments/" + SHANGHAI_SAMR + "/types", zhejiang,
                Map.of("typeCodes", List.of("11100000000013338W031")));
        Answer department = vault.get("/api/v1/departments", shanghai);
        Answer badCode = vault.post("/api/v1/departments", tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai"),
                Map.of("code", "113101010024795991", "name", "x", "typeCodes", List.of("11100000000013338W031")));

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("foreign-region");
        assertThat(department.status()).isEqualTo(403);
        assertThat(badCode.code()).isEqualTo("department-invalid");
    }

    @Test
    void an_admin_cannot_register_a_department_registered_in_another_regions_division() {
        Answer ningbo = vault.post("/api/v1/departments", tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai"),
                Map.of("code", HANGZHOU_SAMR, "name", "杭州市市场监督管理局", "typeCodes", List.of("11100000000013338W011")));

        assertThat(ningbo.status()).isEqualTo(403);
        assertThat(ningbo.code()).isEqualTo("foreign-region");
        assertThat(vault.getList("/api/v1/departments", tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai")))
                .extracting(d -> d.get("code")).doesNotContain(HANGZHOU_SAMR);
    }

    @Test
    void the_openapi_document_is_served_without_a_token() {
        assertThat(vault.text("/openapi/zhengku-vault-1.yml")).contains("/api/v1/licences/{id}/proof");
    }
}
