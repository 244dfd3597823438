package io.zhengku.verifier.index;

import io.zhengku.ledger.Checkpoint;
import io.zhengku.ledger.CheckpointStore;
import io.zhengku.ledger.LedgerBlock;
import io.zhengku.ledger.StateWrite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The index's tables in the verifier's own database: the contract's state values by key, and the last block
 * applied. A block's writes and its checkpoint are written in one transaction, so after a crash the index is
 * exactly some block's state, and the follower resumes after that block: at least once, and a block delivered
 * again is recognised by its number and changes nothing.
 */
@Singleton
public class IndexStore implements CheckpointStore {

    private static final String UPSERT = "insert into ledger_state (key_type, key_id, value, block_number)"
            + " values (?, ?, ?, ?) on conflict (key_type, key_id)"
            + " do update set value = excluded.value, block_number = excluded.block_number";
    private static final String DELETE = "delete from ledger_state where key_type = ? and key_id = ?";

    private final DataSource database;
    private final Clock clock;

    public IndexStore(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The last block applied whole, or empty before the first. */
    public OptionalLong lastBlock() {
        try (Connection connection = database.getConnection()) {
            return lastBlock(connection, false);
        } catch (SQLException e) {
            throw new IllegalStateException("the verifier's index could not be read", e);
        }
    }

    /**
     * Writes the block's state writes and makes it the last block applied, in one transaction; a block at or
     * below the last one applied is ignored (delivered again after a crash).
     *
     * @return whether the block was applied now
     */
    public boolean apply(LedgerBlock block) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                OptionalLong last = lastBlock(connection, true);
                if (last.isPresent() && block.number() <= last.getAsLong()) {
                    connection.rollback();
                    return false;
                }
                writeState(connection, block);
                writeCheckpoint(connection, block.number());
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The value stored under the key, as the contract wrote it. */
    public Optional<String> value(String keyType, String keyId) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select value from ledger_state where key_type = ? and key_id = ?")) {
            query.setString(1, keyType);
            query.setString(2, keyId);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? Optional.of(found.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the verifier's index could not be read", e);
        }
    }

    /** The checkpoint {@link #apply} wrote with the last block. */
    @Override
    public Optional<Checkpoint> load() {
        OptionalLong last = lastBlock();
        return last.isPresent() ? Optional.of(Checkpoint.afterBlock(last.getAsLong())) : Optional.empty();
    }

    /**
     * Nothing to do for a block: {@link #apply} saved its checkpoint with its writes. The follower saves only
     * after the consumer applied the block, so a checkpoint ahead of the index would mean a block was lost.
     */
    @Override
    public void save(Checkpoint checkpoint) {
        OptionalLong last = lastBlock();
        if (!checkpoint.isBlockComplete() || last.isEmpty() || last.getAsLong() < checkpoint.blockNumber()) {
            throw new IllegalStateException("the index was asked to checkpoint " + checkpoint + " but holds blocks"
                    + " up to " + (last.isPresent() ? last.getAsLong() : "none") + "; a block would be skipped");
        }
    }

    /** In block order; the contract never deletes, but a delete is applied where it falls all the same. */
    private static void writeState(Connection connection, LedgerBlock block) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            for (StateWrite write : block.writes()) {
                if (write.isDelete()) {
                    upsert.executeBatch();
                    delete.setString(1, write.keyType());
                    delete.setString(2, write.keyId());
                    delete.executeUpdate();
                } else {
                    upsert.setString(1, write.keyType());
                    upsert.setString(2, write.keyId());
                    upsert.setString(3, new String(write.value(), StandardCharsets.UTF_8));
                    upsert.setLong(4, block.number());
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
    }

    private void writeCheckpoint(Connection connection, long block) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into ledger_index_checkpoint"
                + " (id, block_number, applied_at) values (1, ?, ?) on conflict (id)"
                + " do update set block_number = excluded.block_number, applied_at = excluded.applied_at")) {
            upsert.setLong(1, block);
            upsert.setTimestamp(2, Timestamp.from(clock.instant()));
            upsert.executeUpdate();
        }
    }

    private static OptionalLong lastBlock(Connection connection, boolean lock) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select block_number from ledger_index_checkpoint where id = 1" + (lock ? " for update" : ""));
                ResultSet found = query.executeQuery()) {
            return found.next() ? OptionalLong.of(found.getLong(1)) : OptionalLong.empty();
        }
    }
}
