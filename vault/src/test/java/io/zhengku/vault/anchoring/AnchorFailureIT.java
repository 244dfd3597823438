package io.zhengku.vault.anchoring;

import static io.zhengku.vault.testing.Fixtures.BUSINESS_LICENCE;
import static io.zhengku.vault.testing.Fixtures.IDENTITY_MATERIAL;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_HEALTH;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the anchoring worker does when the real ledger fails: a refusal by the contract fails the document at
 * once with the contract's code, and its issuer can send it back once the cause is fixed; while a peer the
 * endorsement policy needs is down, the document stays PENDING with the error, ends FAILED after the last
 * attempt, and a retry anchors it once the peer is back.
 */
@MicronautTest
class AnchorFailureIT extends VaultApiTest {

    private static final String MEDICAL_LICENCE = "11100000000013338W021";
    /** The medical department's types as the channel registers them for the demo. */
    private static final List<String> HEALTH_TYPES = List.of(MEDICAL_LICENCE, IDENTITY_MATERIAL);

    private final String admin = tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        // Four attempts a second apart: long enough to see a document PENDING with its last error, short
        // enough to see it FAILED within the test.
        properties.put("zhengku.anchoring.max-attempts", "4");
        properties.put("zhengku.anchoring.first-backoff", "1s");
        properties.put("zhengku.anchoring.max-backoff", "1s");
        return properties;
    }

    @AfterEach
    void healTheLedger() {
        FabricNetwork.shared().up();
        changeHealthTypes(HEALTH_TYPES);
    }

    @Test
    void a_refusal_by_the_contract_fails_the_anchor_with_its_code_and_a_retry_after_the_fix_anchors_it()
            throws Exception {
        changeHealthTypes(HEALTH_TYPES);
        allowInThisVaultOnly(SHANGHAI_HEALTH, BUSINESS_LICENCE); // a stale copy: the channel does not allow it
        String health = tokens.mint(Role.DEPARTMENT, SHANGHAI_HEALTH, "shanghai");
        String id = vault.upload("/api/v1/licences", health, "l.pdf", "application/pdf", pdf("F-1"),
                licenceMetadata("F-1")).string("id");

        Map<String, Object> failed = awaitLicence(id, health, l -> "FAILED".equals(l.get("anchorStatus")));
        assertThat((String) failed.get("anchorError")).startsWith("TYPE_NOT_REGISTERED");

        changeHealthTypes(List.of(MEDICAL_LICENCE, IDENTITY_MATERIAL, BUSINESS_LICENCE));
        Answer retried = vault.post("/api/v1/licences/" + id + "/anchor/retry", health, Map.of());
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        awaitLicence(id, health, l -> "ANCHORED".equals(l.get("anchorStatus")));
    }

    @Test
    void while_a_needed_peer_is_down_the_anchor_waits_then_fails_and_a_retry_anchors_it_once_the_peer_is_back()
            throws Exception {
        FabricNetwork.shared().kill("peer", "zhejiang");
        String id = vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", pdf("F-2"),
                licenceMetadata("F-2")).string("id");

        Map<String, Object> pending = awaitLicence(id, shanghai, l -> l.get("anchorError") != null);
        assertThat(pending.get("anchorStatus")).isEqualTo("PENDING");
        Map<String, Object> failed = awaitLicence(id, shanghai, l -> "FAILED".equals(l.get("anchorStatus")));
        assertThat((String) failed.get("anchorError")).doesNotStartWith("TYPE_NOT_REGISTERED").isNotBlank();

        FabricNetwork.shared().up();
        Answer retried = vault.post("/api/v1/licences/" + id + "/anchor/retry", shanghai, Map.of());
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        Map<String, Object> anchored = awaitLicence(id, shanghai, l -> "ANCHORED".equals(l.get("anchorStatus")));
        assertThat(anchored.get("anchorError")).isNull();
        Answer again = vault.post("/api/v1/licences/" + id + "/anchor/retry", shanghai, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("anchor-not-failed");
    }

    /** Through the admin API, which writes the channel's issuer registry first and then the vault's copy. */
    private void changeHealthTypes(List<String> typeCodes) {
        Answer changed = vault.send("PUT", "/api/v1/departments/" + SHANGHAI_HEALTH + "/types", admin,
                Map.of("typeCodes", typeCodes));
        assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
    }

    private void allowInThisVaultOnly(String department, String typeCode) throws Exception {
        try (Connection connection = database(); PreparedStatement update = connection.prepareStatement(
                "UPDATE department SET type_codes = array_append(type_codes, ?) WHERE code = ?")) {
            update.setString(1, typeCode);
            update.setString(2, department);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private Map<String, Object> awaitLicence(String id, String token, Predicate<Map<String, Object>> condition)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> licence = vault.get("/api/v1/licences/" + id, token).body();
            if (condition.test(licence)) {
                return licence;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(id + " did not reach the expected state: " + vault.get("/api/v1/licences/" + id,
                token).body());
    }
}
