package io.zhengku.verifier.service;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code /health} part {@code database}: whether the verifier's own database, where it spends one-time token
 * ids, answers. It stands in for Micronaut's JDBC indicator, which tells anonymous callers the database's URL
 * (host, port, name) and version: configuration that is nobody's business.
 */
@Singleton
public class DatabaseHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private static final int TIMEOUT_SECONDS = 3;

    private final DataSource database;

    public DatabaseHealth(DataSource database) {
        this.database = database;
    }

    @Override
    public String getName() {
        return "database";
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
        return Map.of("database", "unreachable: 亮证 tokens cannot be verified, their one-time ids are kept there");
    }
}
