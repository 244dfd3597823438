package io.zhengku.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.zhengku.core.json.InvalidFieldException;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a service's refusals into problem+json answers: {@link ProblemException}, what the service's
 * {@link ProblemMapping} beans name, and field errors found while reading a request. Anything else is a 500
 * that is logged without its message.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private final List<ProblemMapping> mappings;

    public ProblemHandler(List<ProblemMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        Problem problem = toProblem(exception);
        String what = exception instanceof SafeToLog ? exception.toString()
                : exception.getClass().getName() + sqlState(exception);
        if (problem.status() == 500) {
            LOG.error("unexpected {} on {} {}", what, request.getMethod(), request.getPath(),
                    withoutMessage(exception));
        } else if (problem.status() > 500) {
            // A dependency that is down (503) is expected in operation: one line, no stack.
            LOG.warn("{} on {} {}", what, request.getMethod(), request.getPath());
        }
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** The problem to answer for {@code exception}, as {@link #handle} answers it. */
    public Problem toProblem(RuntimeException exception) {
        if (exception instanceof ProblemException problem) {
            return problem.toProblem();
        }
        for (ProblemMapping mapping : mappings) {
            Optional<Problem> mapped = mapping.toProblem(exception);
            if (mapped.isPresent()) {
                return mapped.get();
            }
        }
        if (exception instanceof InvalidFieldException field) {
            return Problem.of(422, "Unprocessable Entity", "invalid-field", field.getMessage(), field.field());
        }
        if (exceedsServerLimit(exception)) {
            // Raised by the server's own limits (request size, number of multipart parts) before any of ours.
            return Problem.of(413, "Content Too Large", "request-too-large", "the request is larger than this"
                    + " service accepts, in bytes or in multipart parts; send less in one request (see the API's"
                    + " limits in its README)", null);
        }
        // Anything else is our fault: say so without echoing internals, which may hold personal data.
        return Problem.of(500, "Internal Server Error", "internal-error",
                "the service failed while handling this request; nothing was acknowledged, so it is safe to retry",
                null);
    }

    /**
     * Whether the server's own limits refused the request. When they refuse a multipart body midway, Micronaut's
     * multipart binder releases the parts still being decoded, some of which the decoder released already; the
     * {@code IllegalReferenceCountException} this throws then carries the refusal as suppressed (Reactor's rule for a
     * failing terminate hook), so the refusal is looked for there too.
     */
    private static boolean exceedsServerLimit(Throwable exception) {
        if (exception instanceof ContentLengthExceededException) {
            return true;
        }
        for (Throwable suppressed : exception.getSuppressed()) {
            if (suppressed instanceof ContentLengthExceededException) {
                return true;
            }
        }
        return false;
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
}
