package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.BUSINESS_LICENCE;
import static io.zhengku.vault.testing.Fixtures.HANGZHOU_SAMR;
import static io.zhengku.vault.testing.Fixtures.HOLDER_BUSINESS;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_HEALTH;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.digest.Digest;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.signing.cms.CmsSealVerifier;
import io.zhengku.ledger.DocumentVersion;
import io.zhengku.ledger.ReceiptJson;
import io.zhengku.vault.auth.DevTokens;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import io.zhengku.signing.pki.TrustAnchors;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A licence's life through Shanghai's vault's HTTP API, on real PostgreSQL, S3 (S3Proxy) and the real channel:
 * issue, anchor exactly once (as Zhejiang's peer sees it), read back file and seal, prove, change status, and
 * the refusals of other departments, other regions and requests without a token.
 */
@MicronautTest
class LicenceIssuanceIT extends VaultApiTest {

    @Inject
    DataSource dataSource;


    private Answer issue(String number, byte[] file) {
        return vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf", file,
                licenceMetadata(number));
    }

    @Test
    void an_issued_licence_is_acknowledged_pending_then_anchored_exactly_once() throws Exception {
        byte[] file = pdf("business licence 1");

        Answer issued = issue("SH-0001", file);

        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        String id = issued.string("id");
        assertThat(LicenceId.parse(id).issuerCode()).isEqualTo(SHANGHAI_SAMR);
        assertThat(LicenceId.parse(id).typeCode()).isEqualTo(BUSINESS_LICENCE);
        assertThat(issued.string("sha256")).isEqualTo(Digest.sha256Of(file).hex());
        assertThat(issued.string("sm3")).matches("[0-9a-f]{64}");
        assertThat(issued.string("status")).isEqualTo("ACTIVE");
        assertThat(issued.string("anchorStatus")).isIn("PENDING", "ANCHORED");

        Map<String, Object> anchored = awaitAnchored(id);
        assertThat(anchored.get("anchor")).isNotNull();
        Thread.sleep(300); // a few more polls: nothing may anchor it again
        // One version on the channel, written by the batch the vault recorded: anchored once, never again.
        List<DocumentVersion> history = Channel.asSeenBy("zhejiang").history(issued.string("sha256"));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).record().batchId()).isEqualTo(((Map<?, ?>) anchored.get("anchor")).get("batchId"));
        assertThat(count("SELECT count(*) FROM anchor_outbox")).isZero();
    }

    @Test
    void the_stored_file_and_its_seal_come_back_and_the_seal_verifies() throws Exception {
        byte[] file = pdf("business licence 2");
        String id = issue("SH-0002", file).string("id");

        byte[] stored = vault.bytes("/api/v1/licences/" + id + "/file", shanghai).body();
        byte[] seal = vault.bytes("/api/v1/licences/" + id + "/seal", shanghai).body();

        assertThat(stored).isEqualTo(file);
        var verified = new CmsSealVerifier(TrustAnchors.fromPem(Path.of("target/test-pki/shanghai-root.pem")),
                Clock.systemUTC()).verify(file, seal);
        assertThat(verified.certificate().getSubjectX500Principal().getName()).contains("O=上海市黄浦区市场监督管理局");
    }

    @Test
    void the_proof_bundle_proves_the_anchored_entry_against_the_batch_root() throws Exception {
        String id = issue("SH-0003", pdf("business licence 3")).string("id");
        awaitAnchored(id);

        Answer proof = vault.get("/api/v1/licences/" + id + "/proof", shanghai);

        assertThat(proof.status()).isEqualTo(200);
        AnchorEntry entry = AnchorEntry.fromJson(JsonObjectReader.of(proof.body().get("entry"), "entry"));
        assertThat(entry.documentId()).isEqualTo(id);
        ReceiptJson.fromJson(CanonicalJson.encodeToString(proof.body().get("receipt"))).verify(entry);
        assertThat((java.util.List<?>) proof.body().get("sealCertificates")).hasSize(2);
    }

    @Test
    void a_pending_licence_has_no_proof_yet() {
        // Asked at once: the batcher waits for more entries (up to its batch timeout) before it submits.
        String id = issue("SH-0004", pdf("business licence 4")).string("id");

        Answer proof = vault.get("/api/v1/licences/" + id + "/proof", shanghai);

        assertThat(proof.status()).isEqualTo(409);
        assertThat(proof.code()).isEqualTo("not-anchored");
    }

    @Test
    void revoking_goes_to_the_ledger_first_and_a_revoked_licence_stays_revoked() throws Exception {
        Answer issued = issue("SH-0005", pdf("business licence 5"));
        String id = issued.string("id");
        awaitAnchored(id);

        Answer revoked = vault.post("/api/v1/licences/" + id + "/status", shanghai,
                Map.of("status", "REVOKED", "reasonCode", "HOLDER_REQUEST", "reasonText", "business closed"));
        Answer again = vault.post("/api/v1/licences/" + id + "/status", shanghai,
                Map.of("status", "ACTIVE"));

        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(200);
        assertThat(revoked.string("status")).isEqualTo("REVOKED");
        assertThat(Channel.asSeenBy("zhejiang").findByDigest(issued.string("sha256")).orElseThrow().status())
                .isEqualTo(DocumentStatus.REVOKED);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("status-transition-refused");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'licence.status.revoked' AND outcome = 'ok'"
                + " AND target = '" + id + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'licence.status.active'"
                + " AND outcome = 'status-transition-refused' AND target = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void another_department_neither_sees_nor_changes_a_licence_it_did_not_issue() throws Exception {
        String id = issue("SH-0006", pdf("business licence 6")).string("id");
        awaitAnchored(id);
        String health = tokens.mint(Role.DEPARTMENT, SHANGHAI_HEALTH, "shanghai");

        assertThat(vault.get("/api/v1/licences/" + id, health).status()).isEqualTo(404);
        Answer revoke = vault.post("/api/v1/licences/" + id + "/status", health,
                Map.of("status", "REVOKED", "reasonCode", "X", "reasonText", "not mine"));
        assertThat(revoke.status()).isEqualTo(404);
        assertThat(vault.get("/api/v1/licences/" + id, shanghai).string("status")).isEqualTo("ACTIVE");
    }

    @Test
    void a_department_of_another_region_is_refused_by_this_vault_whatever_it_asks() throws Exception {
        String id = issue("SH-0011", pdf("business licence 11")).string("id");
        String hangzhou = tokens.mint(Role.DEPARTMENT, HANGZHOU_SAMR, "zhejiang");

        Answer read = vault.get("/api/v1/licences/" + id, hangzhou);
        Answer revoke = vault.post("/api/v1/licences/" + id + "/status", hangzhou,
                Map.of("status", "REVOKED", "reasonCode", "X", "reasonText", "not mine"));
        Answer upload = vault.upload("/api/v1/licences", hangzhou, "licence.pdf", "application/pdf",
                pdf("business licence of Hangzhou"), licenceMetadata("HZ-1"));

        for (Answer refused : List.of(read, revoke, upload)) {
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("foreign-region");
        }
        assertThat(vault.get("/api/v1/licences/" + id, shanghai).string("status")).isEqualTo("ACTIVE");
    }

    @Test
    void the_holder_reads_its_own_licence_and_nobody_else_does() {
        String id = issue("SH-0007", pdf("business licence 7")).string("id");

        assertThat(vault.get("/api/v1/licences/" + id, tokens.mint(Role.HOLDER, HOLDER_BUSINESS, "shanghai"))
                .status()).isEqualTo(200);
        assertThat(vault.get("/api/v1/licences/" + id, tokens.mint(Role.HOLDER, "11330100002489137M", "shanghai"))
                .status()).isEqualTo(404);
    }

    @Test
    void without_a_token_or_with_a_forged_one_nothing_is_answered() {
        Answer none = vault.get("/api/v1/licences", null);
        String token = shanghai;
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        Answer bad = vault.get("/api/v1/licences", forged);
        Answer expired = vault.get("/api/v1/licences",
                tokens.mint(Role.DEPARTMENT, SHANGHAI_SAMR, "shanghai", Duration.ofSeconds(-60)));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("unauthenticated");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(vault.get("/api/v1/licences", unsigned(token)).status()).isEqualTo(401);
        assertThat(vault.get("/api/v1/licences", new DevTokens("another-secret-of-thirty-two-characters!",
                java.time.Clock.systemUTC()).mint(Role.DEPARTMENT, SHANGHAI_SAMR, "shanghai")).status()).isEqualTo(401);
    }

    /** The same claims with {@code "alg":"none"} and no signature: an unsecured JWT must not pass. */
    private static String unsigned(String token) {
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    @Test
    void a_number_is_issued_once_per_type_and_the_refusal_names_the_first_licence() {
        String first = issue("SH-0010", pdf("business licence 10")).string("id");

        Answer again = issue("SH-0010", pdf("business licence 10, retried"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("licence-number-taken");
        assertThat(again.string("detail")).contains(first);
    }

    @Test
    void a_department_lists_its_licences_by_holder_and_status() {
        issue("SH-0008", pdf("business licence 8"));

        Answer page = vault.get("/api/v1/licences?holderCode=" + HOLDER_BUSINESS + "&status=ACTIVE&size=5", shanghai);
        Answer none = vault.get("/api/v1/licences?holderCode=" + HOLDER_BUSINESS,
                tokens.mint(Role.DEPARTMENT, SHANGHAI_HEALTH, "shanghai"));

        assertThat(page.status()).isEqualTo(200);
        assertThat((java.util.List<?>) page.body().get("items")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(((Number) none.body().get("total")).longValue()).isZero();
    }

    @Test
    void every_request_leaves_an_audit_line_that_cannot_be_changed() throws Exception {
        String id = issue("SH-0009", pdf("business licence 9")).string("id");
        issue("SH-0009", pdf("business licence 9, same number"));

        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'licence.issue' AND outcome = 'ok' "
                + "AND target = '" + id + "' AND actor = '" + SHANGHAI_SAMR + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'licence.issue' "
                + "AND outcome = 'licence-number-taken'")).isPositive();
        assertThatThrownBy(() -> count("DELETE FROM audit_event RETURNING 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
