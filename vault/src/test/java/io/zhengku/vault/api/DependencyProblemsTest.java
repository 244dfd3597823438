package io.zhengku.vault.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.zhengku.problem.Problem;
import io.zhengku.problem.ProblemHandler;
import io.zhengku.vault.store.ObjectStoreException;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyProblemsTest {

    private final ProblemHandler handler = new ProblemHandler(List.of(new DependencyProblems()));

    @Test
    void an_unreachable_object_store_is_answered_503_store_unavailable() {
        Problem problem = handler.toProblem(new ObjectStoreException("the object store cannot be reached",
                new ConnectException("Failed to connect")));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.code()).isEqualTo("store-unavailable");
    }

    @Test
    void a_database_server_that_went_down_mid_statement_is_answered_503_database_unavailable() {
        // What PostgreSQL's backends say when their postmaster was killed: SQLSTATE 57P01.
        Problem problem = handler.toProblem(new DataAccessException("insert failed",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P01")));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.code()).isEqualTo("database-unavailable");
    }

    @Test
    void a_lost_connection_is_answered_503_database_unavailable() {
        assertThat(handler.toProblem(new DataAccessException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))).code())
                .isEqualTo("database-unavailable");
    }

    @Test
    void a_pool_that_has_no_connection_to_give_is_answered_503_database_unavailable() {
        assertThat(handler.toProblem(new DataAccessException("no connection",
                new SQLTransientConnectionException("Connection is not available, request timed out"))).code())
                .isEqualTo("database-unavailable");
    }

    @Test
    void a_connection_the_pool_closed_under_a_transaction_is_answered_503_database_unavailable() {
        // Hikari's stand-in for a connection it evicted throws an SQLException without a state.
        assertThat(handler.toProblem(new ConnectionException("Could not set JDBC Connection auto-commit",
                new SQLException("Connection is closed"))).code()).isEqualTo("database-unavailable");
    }

    @Test
    void a_statement_the_database_refuses_is_still_an_internal_error() {
        Problem problem = handler.toProblem(new DataAccessException("bad statement",
                new SQLException("relation \"documnet\" does not exist", "42P01")));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("internal-error");
    }

    @Test
    void a_missing_connection_scope_is_the_vaults_own_bug_and_stays_an_internal_error() {
        assertThat(handler.toProblem(NoConnectionException.notFoundInAdvice()).status()).isEqualTo(500);
    }

    @Test
    void other_failures_are_not_blamed_on_a_dependency() {
        assertThat(new DependencyProblems().toProblem(new IllegalStateException("unforeseen",
                new IOException("disk full")))).isEmpty();
    }
}
