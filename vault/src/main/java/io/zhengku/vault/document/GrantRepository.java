package io.zhengku.vault.document;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GrantRepository extends CrudRepository<Grant, Long> {

    @Query("SELECT EXISTS (SELECT 1 FROM material_grant WHERE material_id = :materialId "
            + "AND grantee_code = :granteeCode AND revoked_at IS NULL)")
    boolean existsActive(String materialId, String granteeCode);

    List<Grant> findByMaterialIdOrderById(String materialId);

    @Query("UPDATE material_grant SET revoked_at = :at WHERE material_id = :materialId "
            + "AND grantee_code = :granteeCode AND revoked_at IS NULL")
    int revoke(String materialId, String granteeCode, Instant at);
}
