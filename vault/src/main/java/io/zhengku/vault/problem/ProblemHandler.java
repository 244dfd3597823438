package io.zhengku.vault.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.vault.intake.IntakeException;
import io.zhengku.vault.store.ObjectStoreException;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the vault's own refusals into problem+json answers: {@link ProblemException}, the intake's refusals of
 * files, and field errors found while reading a request.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        Problem problem = toProblem(exception);
        if (problem.status() >= 500) {
            // Messages may quote request values (personal data); the object store's name only buckets and
            // digests, so its message is kept, and otherwise the class and stack say where it broke.
            String what = exception instanceof ObjectStoreException ? exception.toString()
                    : exception.getClass().getName() + sqlState(exception);
            LOG.error("unexpected {} on {} {}", what, request.getMethod(), request.getPath(),
                    withoutMessage(exception));
        }
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** The SQLSTATE of a database failure: it names the kind of failure without quoting any value. */
    private static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return " (SQLSTATE " + sql.getSQLState() + ")";
            }
        }
        return "";
    }

    private static Throwable withoutMessage(Throwable exception) {
        Throwable copy = new Throwable(exception.getClass().getName());
        copy.setStackTrace(exception.getStackTrace());
        if (exception.getCause() != null && exception.getCause() != exception) {
            copy.initCause(withoutMessage(exception.getCause()));
        }
        return copy;
    }

    static Problem toProblem(RuntimeException exception) {
        if (exception instanceof ProblemException problem) {
            return problem.toProblem();
        }
        if (exception instanceof IntakeException intake) {
            HttpStatus status = HttpStatus.valueOf(intake.problem().httpStatus());
            return Problem.of(status.getCode(), status.getReason(), intake.problem().code(), intake.getMessage(),
                    "file");
        }
        if (exception instanceof InvalidFieldException field) {
            return Problem.of(422, "Unprocessable Entity", "invalid-field", field.getMessage(), field.field());
        }
        // Anything else is our fault: say so without echoing internals, which may hold personal data.
        return Problem.of(500, "Internal Server Error", "internal-error",
                "the vault failed while handling this request; nothing was acknowledged, so it is safe to retry", null);
    }
}
