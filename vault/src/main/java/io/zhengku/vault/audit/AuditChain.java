package io.zhengku.vault.audit;

import io.zhengku.ledger.AuditHead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A vault database's audit chain recomputed from its lines (审计链核验) and held against the heads its vault
 * anchored on the ledger: what {@code ./zk audit verify} runs. It trusts nothing the database computed: every
 * hash is recomputed here from the lines themselves, twice over. Each line against the hash stored before it
 * finds a line changed in place; the whole chain from the first line against the anchored heads finds a trail
 * rewritten consistently, stored hashes and all, since only the ledger's heads are out of the database's reach.
 * Plain JDBC, no framework: it runs beside the vault, not inside it.
 */
public final class AuditChain {

    private static final String HEAD = "SELECT trail, sequence, hash FROM audit_chain_head";
    private static final String ENTRIES = """
            SELECT c.sequence, c.event_id, c.hash, e.id, e.at, e.actor, e.actor_role, e.action, e.target, e.outcome,
                   e.remote
            FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id ORDER BY c.sequence""";
    private static final String UNCHAINED = """
            SELECT count(*) FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)""";

    private AuditChain() {
    }

    /** The id the trail's heads are anchored under: drawn once, by the database's first migration to chain. */
    public static String trail(Connection database) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet head = statement.executeQuery(HEAD)) {
            if (!head.next()) {
                throw new SQLException("audit_chain_head holds no row: the database was not migrated by a vault"
                        + " that chains its audit trail, or its head was deleted");
            }
            return head.getString("trail");
        }
    }

    /** Recomputes the chain of {@code database} and holds it against {@code heads}, the trail's anchored heads. */
    public static AuditChainCheck check(Connection database, List<AuditHead> heads) throws SQLException {
        List<AuditHead> anchored = heads.stream().sorted(Comparator.comparingLong(AuditHead::sequence)).toList();
        AuditChainCheck.Builder check = new AuditChainCheck.Builder(trail(database), anchored);
        boolean autoCommit = database.getAutoCommit();
        database.setAutoCommit(false); // PostgreSQL streams a result by the fetch size only inside a transaction
        try (PreparedStatement statement = database.prepareStatement(ENTRIES)) {
            statement.setFetchSize(10_000);
            try (ResultSet entries = statement.executeQuery()) {
                while (entries.next()) {
                    check.entry(entries.getLong("sequence"), entries.getLong("event_id"), entries.getString("hash"),
                            line(entries));
                }
            }
            database.commit();
        } finally {
            database.setAutoCommit(autoCommit);
        }
        try (Statement statement = database.createStatement(); ResultSet head = statement.executeQuery(HEAD)) {
            head.next();
            check.headRow(head.getLong("sequence"), head.getString("hash"));
        }
        try (Statement statement = database.createStatement(); ResultSet count = statement.executeQuery(UNCHAINED)) {
            count.next();
            check.unchained(count.getLong(1));
        }
        return check.build();
    }

    /** The audit line of the current row (columns as {@code audit_event} names them), or null when it is gone. */
    static AuditEvent line(ResultSet entry) throws SQLException {
        long id = entry.getLong("id");
        if (entry.wasNull()) {
            return null;
        }
        return new AuditEvent(id, entry.getObject("at", OffsetDateTime.class).toInstant(), entry.getString("actor"),
                entry.getString("actor_role"), entry.getString("action"), entry.getString("target"),
                entry.getString("outcome"), entry.getString("remote"));
    }
}
