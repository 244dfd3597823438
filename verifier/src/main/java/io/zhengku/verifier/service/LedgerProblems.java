package io.zhengku.verifier.service;

import io.zhengku.problem.Problem;
import io.zhengku.problem.ProblemMapping;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Answers 503 {@code ledger-unavailable} when the region's peer or the verifier's index could not be read, and
 * 503 {@code ledger-lagging} when the index is too far behind to answer: nothing was verified.
 */
@Singleton
class LedgerProblems implements ProblemMapping {

    @Override
    public Optional<Problem> toProblem(RuntimeException exception) {
        if (!(exception instanceof LedgerUnavailableException)) {
            return Optional.empty();
        }
        String code = exception instanceof LedgerLaggingException ? "ledger-lagging" : "ledger-unavailable";
        return Optional.of(Problem.of(503, "Service Unavailable", code, exception.getMessage(), null));
    }
}
