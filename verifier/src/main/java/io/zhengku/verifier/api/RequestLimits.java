package io.zhengku.verifier.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.zhengku.problem.Problem;

/**
 * Refuses a verification body other than a file upload when it declares more than {@value #MAX_BODY_BYTES}
 * bytes, before it is read: a JSON request names a digest, an identifier or a token of at most 2,000
 * characters, and a proof bundle is a few kilobytes, while the server's own limit must let 50 MiB files
 * through. File uploads stream through the digest and have their own limit.
 */
@ServerFilter({"/api/v1/verify", "/api/v1/verify/**"})
class RequestLimits {

    static final int MAX_BODY_BYTES = 256 * 1024;

    @RequestFilter
    @Nullable
    HttpResponse<Problem> limit(HttpRequest<?> request) {
        boolean upload = request.getContentType().map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        if (upload || request.getContentLength() <= MAX_BODY_BYTES) {
            return null;
        }
        HttpStatus status = HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(Problem.of(status.getCode(),
                status.getReason(), "request-too-large", "a verification request is at most " + MAX_BODY_BYTES
                        + " bytes unless it uploads a file as multipart part \"file\"; send a SHA-256, an identifier"
                        + " or a token as JSON", null));
    }
}
