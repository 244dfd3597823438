package io.zhengku.vault.intake;

import io.micronaut.http.HttpStatus;
import io.zhengku.problem.Problem;
import io.zhengku.problem.ProblemMapping;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Answers the intake's refusal of a file with its own status and stable code, naming the {@code file} part. */
@Singleton
class IntakeProblems implements ProblemMapping {

    @Override
    public Optional<Problem> toProblem(RuntimeException exception) {
        if (!(exception instanceof IntakeException intake)) {
            return Optional.empty();
        }
        HttpStatus status = HttpStatus.valueOf(intake.problem().httpStatus());
        return Optional.of(Problem.of(status.getCode(), status.getReason(), intake.problem().code(),
                intake.getMessage(), "file"));
    }
}
