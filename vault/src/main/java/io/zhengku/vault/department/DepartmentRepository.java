package io.zhengku.vault.department;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DepartmentRepository extends CrudRepository<Department, String> {

    List<Department> findByRegionOrderByCode(String region);
}
