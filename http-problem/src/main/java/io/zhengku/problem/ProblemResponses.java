package io.zhengku.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Gives the framework's own refusals (no route, no or bad token, wrong method, unreadable body) the same
 * problem+json shape as the service's own, with a stable code per status.
 */
@Singleton
@Primary
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        Problem problem = Problem.of(status.getCode(), status.getReason(), codeOf(status),
                explain(status, detail), context.getErrors().stream().findFirst()
                        .flatMap(Error::getPath).orElse(null));
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_ENTITY_TOO_LARGE -> "file-too-large";
            case BAD_REQUEST -> "bad-request";
            default -> status.getCode() >= 500 ? "internal-error" : "request-refused";
        };
    }

    private static String explain(HttpStatus status, String detail) {
        return switch (status) {
            case UNAUTHORIZED -> "a valid bearer token is required; send 'Authorization: Bearer <token>' "
                    + "(development tokens: ./zk token)";
            case FORBIDDEN -> "your token does not allow this request";
            case REQUEST_ENTITY_TOO_LARGE -> "the request is larger than this service accepts; send a smaller file";
            default -> detail.isBlank() ? status.getReason() : detail;
        };
    }
}
