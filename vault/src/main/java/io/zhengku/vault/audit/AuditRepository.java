package io.zhengku.vault.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append and read only: the table's trigger refuses updates and deletes anyway. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> saveAll(Iterable<AuditEvent> events);

    List<AuditEvent> findByTargetOrderById(String target);
}
