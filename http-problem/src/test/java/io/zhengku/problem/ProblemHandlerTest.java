package io.zhengku.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.exceptions.ContentLengthExceededException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler(List.of());

    @Test
    void a_server_limit_is_answered_413_request_too_large() {
        Problem problem = handler.toProblem(new ContentLengthExceededException(1024, 2048));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.code()).isEqualTo("request-too-large");
    }

    @Test
    void a_server_limit_hidden_behind_a_failing_release_of_the_parts_is_still_answered_413() {
        // What Micronaut's multipart binder throws when it releases a part the decoder released already, with the
        // limit's refusal suppressed under it.
        RuntimeException release = new IllegalStateException("refCnt: 0, decrement: 1");
        release.addSuppressed(new ContentLengthExceededException(1024, 2048));

        assertThat(handler.toProblem(release).status()).isEqualTo(413);
    }

    @Test
    void anything_else_unforeseen_is_a_500_that_quotes_nothing() {
        Problem problem = handler.toProblem(new IllegalStateException("holder 张三 not found"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("张三");
    }
}
