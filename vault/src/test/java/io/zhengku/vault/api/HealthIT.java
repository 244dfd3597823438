package io.zhengku.vault.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.testkit.Listeners;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the vault tells about itself, and to whom: without a token, states only (each part up or down, a ledger
 * connected, the database answering); with a region admin's token, the details too. And it listens on the
 * loopback address only.
 */
@MicronautTest
class HealthIT extends VaultApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void anonymous_callers_see_each_parts_state_and_whether_a_ledger_and_the_database_answer() {
        Map<String, Object> health = vault.get("/health", null).body();

        assertThat(health).containsEntry("status", "UP");
        assertThat(parts(health)).containsKeys("anchoring", "database", "diskSpace");
        assertThat(parts(health).get("anchoring")).isEqualTo(
                Map.of("name", "zhengku-vault", "status", "UP", "details", Map.of("ledger", "connected")));
        assertThat(parts(health).get("database")).isEqualTo(
                Map.of("name", "zhengku-vault", "status", "UP", "details", Map.of("database", "reachable")));
        assertThat(parts(health)).allSatisfy((name, part) -> {
            if (!name.equals("anchoring") && !name.equals("database")) {
                assertThat(part).as(name).isEqualTo(Map.of("name", "zhengku-vault", "status", "UP"));
            }
        });
    }

    @Test
    void anonymous_callers_learn_no_configuration_figures_or_volumes() {
        String health = vault.text("/health");

        assertThat(health).doesNotContain("jdbc").doesNotContain("postgres").doesNotContain("PostgreSQL")
                .doesNotContain("127.0.0.1").doesNotContain("55432").doesNotContain("/")
                .doesNotContain("pendingAnchors").doesNotContain("free").doesNotContain("total")
                .doesNotContain("threshold").doesNotContain("version").doesNotContain("ShanghaiMSP");
    }

    @Test
    void a_region_admin_sees_the_details_the_outbox_and_the_disk_among_them() {
        Answer health = vault.get("/health", tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai"));

        assertThat(health.status()).isEqualTo(200);
        assertThat(((Map<?, ?>) parts(health.body()).get("anchoring")).get("details").toString())
                .contains("ledger=connected").containsPattern("pendingAnchors=\\d+");
        assertThat(((Map<?, ?>) parts(health.body()).get("diskSpace")).get("details").toString()).contains("free=");
        assertThat(parts(health.body())).doesNotContainKey("jdbc");
    }

    @Test
    void the_vault_listens_on_the_loopback_address_only() {
        assertThat(Listeners.ofPort(server.getPort())).isNotEmpty().allMatch(Listeners.Socket::loopback);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parts(Map<String, Object> health) {
        return (Map<String, Object>) health.get("details");
    }
}
