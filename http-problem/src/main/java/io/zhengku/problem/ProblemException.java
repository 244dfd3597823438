package io.zhengku.problem;

import io.micronaut.http.HttpStatus;

/**
 * A refusal a service answers with a problem+json body: the request was understood and is wrong, or not
 * allowed, or conflicts with what the service holds. Nothing was changed when one is thrown.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    /**
     * @param status the HTTP status to answer with
     * @param code   the stable problem code
     * @param detail what was wrong and what to do
     */
    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, null, null);
    }

    public ProblemException(HttpStatus status, String code, String detail, String field, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "no " + what + " " + id
                + " is visible to you; check the identifier, and that you issued, hold or were granted it");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Problem toProblem() {
        return Problem.of(status.getCode(), status.getReason(), code, getMessage(), field);
    }
}
