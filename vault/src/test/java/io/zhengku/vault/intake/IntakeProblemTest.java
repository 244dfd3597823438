package io.zhengku.vault.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntakeProblemTest {

    /** The codes are a public contract of the vault's API: changing one breaks its clients. */
    @Test
    void every_problem_keeps_its_code_and_http_status() {
        Map<String, Integer> statusByCode = Arrays.stream(IntakeProblem.values())
                .collect(Collectors.toMap(IntakeProblem::code, IntakeProblem::httpStatus));
        assertThat(statusByCode).containsExactlyInAnyOrderEntriesOf(Map.of(
                "file-empty", 422,
                "file-too-large", 413,
                "type-not-allowed", 415,
                "type-mismatch", 415,
                "file-malformed", 422,
                "file-active-content", 422,
                "archive-bomb", 422,
                "archive-path-escape", 422));
    }
}
