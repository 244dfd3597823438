package io.zhengku.vault.audit;

import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.ledger.AuditHead;
import io.zhengku.ledger.LedgerException;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultApiTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The audit trail as a hash chain on real PostgreSQL, its head anchored on the real channel: the vault's own
 * lines chain at commit and verify; then the trail is tampered with as only someone holding the database could
 * (the append-only triggers switched off by the tables' owner), first in place, then consistently, stored hashes
 * and all; both are found, the second by the head the ledger holds. The steps build on each other, in order.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainIT extends VaultApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("zhengku.audit.anchor-interval", "300ms");
        return properties;
    }

    @Test
    @Order(1)
    void every_committed_line_is_chained_and_the_head_is_anchored_on_the_channel() throws Exception {
        String id = vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf",
                pdf("audit chain licence"), licenceMetadata("AUDIT-1")).string("id");
        vault.get("/api/v1/licences/" + id, shanghai);
        vault.get("/api/v1/licences/no-such-licence", shanghai);
        try (Connection database = database()) {
            database.setAutoCommit(false);
            insertLine(database, "rolled-back");
            database.rollback();
            database.setAutoCommit(true);
            insertLine(database, "committed");

            AuditChainCheck check = AuditChain.check(database, awaitAnchoredHead(database));

            assertThat(check.breaks()).isEmpty();
            assertThat(check.entries()).isEqualTo(count(database, "SELECT count(*) FROM audit_event")).isGreaterThan(3);
            assertThat(check.sinceLastAnchored()).isZero();
            assertThat(count(database, "SELECT count(*) FROM audit_event WHERE outcome = 'rolled-back'")).isZero();
        }
    }

    @Test
    @Order(2)
    void the_chain_refuses_updates_and_deletes_like_the_trail() throws Exception {
        try (Connection database = database(); Statement statement = database.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_chain SET hash = repeat('1', 64)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_chain"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    @Order(3)
    void a_line_changed_in_place_is_found() throws Exception {
        try (Connection database = database()) {
            long sequence = rewriteFirstRefusalAsOk(database);

            AuditChainCheck check = AuditChain.check(database, heads(database));

            assertThat(check.intact()).isFalse();
            assertThat(check.breaks()).anySatisfy(what -> assertThat(what)
                    .startsWith("entry " + sequence + ": audit line").contains("changed after it was written"));
        }
    }

    @Test
    @Order(4)
    void a_rewrite_with_every_stored_hash_recomputed_is_found_by_the_anchored_head() throws Exception {
        try (Connection database = database()) {
            rechainEverything(database);

            AuditChainCheck check = AuditChain.check(database, heads(database));

            assertThat(check.breaks()).isNotEmpty().allSatisfy(what -> assertThat(what)
                    .contains("differs from the head anchored").contains("the trail was rewritten"));
        }
    }

    /** Waits until the vault anchored the head its trail has now, and answers the heads the channel holds. */
    private List<AuditHead> awaitAnchoredHead(Connection database) throws Exception {
        long now = count(database, "SELECT sequence FROM audit_chain_head");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<AuditHead> heads = heads(database);
            if (!heads.isEmpty() && heads.get(heads.size() - 1).sequence() >= now) {
                return heads;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the vault did not anchor audit entry " + now + " within 30 s");
    }

    private static List<AuditHead> heads(Connection database) throws SQLException, LedgerException {
        return Channel.asSeenBy("shanghai").auditHeads("ShanghaiMSP", AuditChain.trail(database));
    }

    private static void insertLine(Connection database, String outcome) throws SQLException {
        try (PreparedStatement insert = database.prepareStatement("INSERT INTO audit_event (at, actor, actor_role,"
                + " action, outcome) VALUES (now(), 'test', 'test', 'audit.test', ?)")) {
            insert.setString(1, outcome);
            insert.executeUpdate();
        }
    }

    /** The first refused request made to look allowed: the sequence number of its entry. */
    private static long rewriteFirstRefusalAsOk(Connection database) throws SQLException {
        long sequence = count(database, "SELECT min(c.sequence) FROM audit_chain c JOIN audit_event e"
                + " ON e.id = c.event_id WHERE e.outcome <> 'ok'");
        try (Statement statement = database.createStatement()) {
            statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            statement.executeUpdate("UPDATE audit_event SET outcome = 'ok' WHERE id = (SELECT event_id FROM"
                    + " audit_chain WHERE sequence = " + sequence + ")");
            statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
        }
        return sequence;
    }

    /** Every stored hash and the head row recomputed from the lines as they are now, as a careful forger would. */
    private static void rechainEverything(Connection database) throws SQLException {
        String previous = AuditEntryHash.GENESIS;
        try (Statement statement = database.createStatement()) {
            statement.execute("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only");
            try (ResultSet lines = statement.executeQuery("SELECT c.sequence, e.* FROM audit_chain c JOIN audit_event"
                    + " e ON e.id = c.event_id ORDER BY c.sequence");
                 PreparedStatement update = database.prepareStatement("UPDATE audit_chain SET hash = ? WHERE"
                         + " sequence = ?")) {
                while (lines.next()) {
                    previous = AuditEntryHash.next(previous, AuditChain.line(lines));
                    update.setString(1, previous);
                    update.setLong(2, lines.getLong("sequence"));
                    update.executeUpdate();
                }
            }
            statement.execute("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only");
        }
        try (PreparedStatement head = database.prepareStatement("UPDATE audit_chain_head SET hash = ?")) {
            head.setString(1, previous);
            head.executeUpdate();
        }
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
