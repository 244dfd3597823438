package io.zhengku.vault.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who may write or remove a stored object, settled in the database. An upload claims its key before it writes
 * the object and releases the claim once its document committed (or it was refused); the orphan cleaner removes a
 * key only when no document names it and no upload claimed it within the grace. Objects are content-addressed,
 * so without this an upload of the same bytes as an orphan could find the orphan there, skip its own write, and
 * commit a document whose file the cleaner deletes the next instant.
 *
 * <p>Claims and removals of one key are serialised by a PostgreSQL advisory lock on the key, taken shared by a
 * claim and exclusive by a removal, both for one short transaction: a removal sees every claim committed before
 * it, and a claim made during a removal waits and then writes the object again. Ages are reckoned by the
 * database's {@code clock_timestamp()}, one clock for every vault, read when the removal decides (after its
 * wait for the lock), not when its transaction began.
 */
@Singleton
public class ObjectClaims {

    private static final String LOCK_SHARED = "SELECT pg_advisory_xact_lock_shared(hashtext(key))"
            + " FROM unnest(?::text[]) AS key";
    private static final String LOCK_EXCLUSIVE = "SELECT pg_advisory_xact_lock(hashtext(?))";
    private static final String CLAIM = "INSERT INTO object_claim (id, object_key, claimed_at)"
            + " SELECT gen_random_uuid(), key, clock_timestamp() FROM unnest(?::text[]) AS key RETURNING id";
    private static final String RELEASE = "DELETE FROM object_claim WHERE id = ANY (?)";
    private static final String NAMED = "SELECT EXISTS (SELECT 1 FROM document WHERE object_key = ?)";
    private static final String CLAIMED_WITHIN = "SELECT EXISTS (SELECT 1 FROM object_claim WHERE object_key = ?"
            + " AND claimed_at > clock_timestamp() - ? * interval '1 millisecond')";
    private static final String FORGET_KEY = "DELETE FROM object_claim WHERE object_key = ?";
    private static final String FORGET_OLDER = "DELETE FROM object_claim WHERE claimed_at <= clock_timestamp()"
            + " - ? * interval '1 millisecond'";

    private final JdbcOperations jdbc;
    private final ObjectStore store;

    public ObjectClaims(JdbcOperations jdbc, ObjectStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** A new, empty set of claims for one upload or one chunk of a bulk upload; closing it releases them. */
    public ClaimSet open() {
        return new ClaimSet(this);
    }

    /**
     * Claims {@code keys} for uploads about to store them, in one transaction (a bulk chunk's keys together);
     * committed before it returns.
     */
    @Transactional
    public List<UUID> claim(Collection<String> keys) {
        onEach(LOCK_SHARED, keys, PreparedStatement::execute);
        return onEach(CLAIM, keys, statement -> {
            List<UUID> ids = new ArrayList<>(keys.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    @Transactional
    public void release(Collection<UUID> claims) {
        jdbc.prepareStatement(RELEASE, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", claims.toArray()));
            return statement.executeUpdate();
        });
    }

    /**
     * Removes the object under {@code key} when, with the key locked against new claims, no document names it and
     * no upload claimed it within {@code grace}; the key's old claims go with it.
     *
     * @return whether the object was removed
     */
    @Transactional
    public boolean removeOrphan(String key, Duration grace) {
        update(LOCK_EXCLUSIVE, key);
        if (holds(NAMED, key, null) || holds(CLAIMED_WITHIN, key, grace)) {
            return false;
        }
        store.remove(key);
        update(FORGET_KEY, key);
        return true;
    }

    /** Forgets the claims older than {@code grace}: left by uploads a crash cut short after their commit. */
    @Transactional
    public int forgetOlderThan(Duration grace) {
        return jdbc.prepareStatement(FORGET_OLDER, statement -> {
            statement.setLong(1, grace.toMillis());
            return statement.executeUpdate();
        });
    }

    private <R> R onEach(String sql, Collection<String> keys, PreparedStatementCallback<R> run) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", keys.toArray()));
            return run.call(statement);
        });
    }

    private void update(String sql, String key) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, key);
            return statement.execute();
        });
    }

    private boolean holds(String sql, String key, Duration grace) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, key);
            if (grace != null) {
                statement.setLong(2, grace.toMillis());
            }
            return firstColumnIsTrue(statement);
        });
    }

    private static boolean firstColumnIsTrue(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
