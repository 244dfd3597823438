package io.zhengku.vault.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Read only: the database alone moves the head, as lines commit. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditChainHeadRepository extends GenericRepository<AuditChainHead, Boolean> {

    @Query("SELECT * FROM audit_chain_head")
    AuditChainHead current();
}
