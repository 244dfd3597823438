package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.HANGZHOU_SAMR;
import static io.zhengku.vault.testing.Fixtures.HOLDER_BUSINESS;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_HEALTH;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static io.zhengku.vault.testing.Fixtures.materialMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.MaterialId;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Materials (两个免于提交): registered once, unsealed, linked to their owner, and used by another department
 * only under a grant the owner gives and can take back.
 */
@MicronautTest
class MaterialReuseIT extends VaultApiTest {

    private String owner;
    private String health;

    @BeforeAll
    void connectHolderAndDepartments() {
        owner = tokens.mint(Role.HOLDER, HOLDER_BUSINESS, "shanghai");
        health = tokens.mint(Role.DEPARTMENT, SHANGHAI_HEALTH, "shanghai");
    }

    private Answer register(byte[] file) {
        return vault.upload("/api/v1/materials", shanghai, "lease.pdf", "application/pdf", file, materialMetadata());
    }

    @Test
    void a_registered_material_belongs_to_its_owner_and_carries_no_seal() {
        Answer registered = register(pdf("lease contract 1"));

        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(MaterialId.parse(registered.string("id")).issuerCode()).isEqualTo(SHANGHAI_SAMR);
        assertThat(registered.string("kind")).isEqualTo("MATERIAL");
        assertThat(vault.get("/api/v1/materials/" + registered.string("id"), owner).status()).isEqualTo(200);
        assertThat(vault.get("/api/v1/licences/" + registered.string("id"), shanghai).status()).isEqualTo(404);
    }

    @Test
    void the_same_file_is_registered_once() {
        byte[] file = pdf("lease contract 2");
        register(file);

        Answer again = register(file);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("document-exists");
        assertThat(again.string("detail")).contains("M." + SHANGHAI_SAMR);
    }

    @Test
    void another_department_reads_a_material_only_while_its_owner_grants_it() {
        byte[] file = pdf("lease contract 3");
        String id = register(file).string("id");
        String material = "/api/v1/materials/" + id;

        assertThat(vault.get(material, health).status()).isEqualTo(404);

        Answer granted = vault.post(material + "/grants", owner, Map.of("grantee", SHANGHAI_HEALTH));
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(201);
        assertThat(vault.get(material, health).status()).isEqualTo(200);
        assertThat(vault.bytes(material + "/file", health).body()).isEqualTo(file);

        vault.send("DELETE", material + "/grants/" + SHANGHAI_HEALTH, owner);
        assertThat(vault.get(material, health).status()).isEqualTo(404);
        List<Map<String, Object>> history = vault.getList(material + "/grants", owner);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("revokedAt")).isNotNull();
    }

    @Test
    void only_the_owner_grants_and_a_grant_names_a_valid_department() {
        String material = "/api/v1/materials/" + register(pdf("lease contract 4")).string("id");

        assertThat(vault.post(material + "/grants", shanghai, Map.of("grantee", HANGZHOU_SAMR)).status())
                .isEqualTo(403);
        Answer badCode = vault.post(material + "/grants", owner, Map.of("grantee", "11330100002489137N"));
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.code()).isEqualTo("grantee-invalid");
    }
}
