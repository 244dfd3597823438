package io.zhengku.vault.anchoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends CrudRepository<OutboxRow, String> {

    @Query("SELECT * FROM anchor_outbox WHERE next_attempt_at <= :now ORDER BY next_attempt_at, document_id LIMIT :limit")
    List<OutboxRow> findDue(Instant now, int limit);

    @Query("""
            UPDATE anchor_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
            WHERE document_id = :documentId""")
    int recordFailure(String documentId, Instant next, @Nullable String error);
}
