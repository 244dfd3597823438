package io.zhengku.verifier.service;

import io.zhengku.problem.Problem;
import io.zhengku.problem.ProblemMapping;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Answers 503 {@code ledger-unavailable} when the region's peer could not be read: nothing was verified. */
@Singleton
class LedgerProblems implements ProblemMapping {

    @Override
    public Optional<Problem> toProblem(RuntimeException exception) {
        if (!(exception instanceof LedgerUnavailableException)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(503, "Service Unavailable", "ledger-unavailable", exception.getMessage(),
                null));
    }
}
