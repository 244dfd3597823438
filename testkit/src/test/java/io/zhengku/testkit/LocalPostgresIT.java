package io.zhengku.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class LocalPostgresIT {

    private static final LocalPostgres POSTGRES = LocalPostgres.shared();

    @Test
    void the_zhengku_role_connects_with_its_password() throws SQLException {
        try (Connection connection = connect(POSTGRES.newDatabase());
                ResultSet result = connection.createStatement().executeQuery("select 1, current_user")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1);
            assertThat(result.getString(2)).isEqualTo("zhengku");
        }
    }

    @Test
    void each_new_database_is_a_different_empty_database() throws SQLException {
        String first = POSTGRES.newDatabase();
        String second = POSTGRES.newDatabase();

        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("create table licence (id text primary key)");
            statement.execute("insert into licence values ('1.2.156.3005.2.x')");
        }

        assertThat(second).isNotEqualTo(first);
        assertThat(currentDatabase(second)).isNotEqualTo(currentDatabase(first));
        assertThat(tablesIn(second)).isZero();
        assertThat(tablesIn(first)).isEqualTo(1);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, POSTGRES.username(), POSTGRES.password());
    }

    private static String currentDatabase(String url) throws SQLException {
        try (Connection connection = connect(url);
                ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static int tablesIn(String url) throws SQLException {
        try (Connection connection = connect(url);
                ResultSet result = connection.createStatement().executeQuery(
                        "select count(*) from information_schema.tables where table_schema = 'public'")) {
            result.next();
            return result.getInt(1);
        }
    }
}
