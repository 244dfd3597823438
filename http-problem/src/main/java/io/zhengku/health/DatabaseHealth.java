package io.zhengku.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code /health} part {@code database}: whether the service's own database answers, to anyone. It stands in
 * for Micronaut's JDBC indicator ({@code endpoints.health.jdbc.enabled=false}), which tells the database's URL
 * (host, port, name) and version: configuration that is nobody's business.
 */
@Singleton
@Requires(beans = DataSource.class)
public class DatabaseHealth extends AbstractHealthIndicator<Map<String, Object>> implements PublicHealth {

    private static final int TIMEOUT_SECONDS = 3;

    private final DataSource database;

    /** With Micronaut Data (the vault), {@code resolver} unwraps the data source that lends transactions' only. */
    public DatabaseHealth(DataSource database, @Nullable DataSourceResolver resolver) {
        this.database = resolver == null ? database : resolver.resolve(database);
    }

    @Override
    public String getName() {
        return "database";
    }

    @Override
    public Set<String> publicDetails() {
        return Set.of("database");
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try (Connection connection = database.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                healthStatus = HealthStatus.UP;
                return Map.of("database", "reachable");
            }
        } catch (SQLException e) {
            // Reported as DOWN below; the cause is in the server's log of the pool, not for anonymous callers.
        }
        healthStatus = HealthStatus.DOWN;
        return Map.of("database", "unreachable");
    }
}
