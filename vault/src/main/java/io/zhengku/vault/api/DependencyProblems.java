package io.zhengku.vault.api;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.http.HttpStatus;
import io.zhengku.problem.Problem;
import io.zhengku.problem.ProblemMapping;
import io.zhengku.vault.store.ObjectStoreException;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Answers 503 when the vault cannot reach its database or its object store, naming which, instead of the
 * catch-all 500: the client learns that the vault is fine and a dependency is away for a moment. Failures of a
 * reachable database (a bad statement, a broken constraint) stay what they were.
 */
@Singleton
class DependencyProblems implements ProblemMapping {

    /** PostgreSQL's SQLSTATEs for a server going down, crashed, or starting and not yet taking connections. */
    private static final Set<String> SERVER_AWAY = Set.of("57P01", "57P02", "57P03");
    /** SQLSTATE class 08: the connection could not be made or was lost. */
    private static final String CONNECTION_CLASS = "08";

    @Override
    public Optional<Problem> toProblem(RuntimeException exception) {
        if (exception instanceof ObjectStoreException) {
            return Optional.of(unavailable("store-unavailable", "the vault cannot reach its object store right now;"
                    + " no document was written, so it is safe to try again in a moment"));
        }
        if (databaseAway(exception)) {
            return Optional.of(unavailable("database-unavailable", "the vault cannot reach its database right now;"
                    + " try again in a moment. Should the retry be refused as licence-number-taken or"
                    + " document-exists, the database kept this request after all: read the document back"));
        }
        return Optional.empty();
    }

    private static boolean databaseAway(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // Raised when no connection could be had or set up; without one in scope it is the vault's own bug.
            if (cause instanceof ConnectionException && !(cause instanceof NoConnectionException)) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_CLASS) || SERVER_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Problem unavailable(String code, String detail) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return Problem.of(status.getCode(), status.getReason(), code, detail, null);
    }
}
