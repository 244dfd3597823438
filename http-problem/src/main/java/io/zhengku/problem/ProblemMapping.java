package io.zhengku.problem;

import java.util.Optional;

/**
 * How a service names its own refusals as problems, beside {@link ProblemException}: a bean of the service
 * that {@link ProblemHandler} asks before answering 500.
 *
 * <pre>{@code
 * @Singleton
 * class IntakeProblems implements ProblemMapping {
 *     public Optional<Problem> toProblem(RuntimeException e) {
 *         return e instanceof IntakeException intake ? Optional.of(...) : Optional.empty();
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ProblemMapping {

    /** The problem to answer for {@code exception}, or empty when it is not one of this mapping's refusals. */
    Optional<Problem> toProblem(RuntimeException exception);
}
