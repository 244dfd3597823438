package io.zhengku.vault.intake;

import static java.util.Objects.requireNonNull;

/**
 * An upload the intake refused, with the {@link IntakeProblem} to answer with and a message for people that
 * says what was wrong and what to do.
 *
 * <p>Messages may quote names of entries inside an uploaded archive, which are the uploader's content: show
 * them to the uploader, log only {@link #problem()}.
 *
 * <pre>{@code
 * } catch (IntakeException e) {
 *     return problem(e.problem().httpStatus(), e.problem().code(), e.getMessage());
 * }
 * }</pre>
 */
public final class IntakeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final IntakeProblem problem;

    IntakeException(IntakeProblem problem, String message) {
        super(message);
        this.problem = requireNonNull(problem, "problem");
    }

    IntakeException(IntakeProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = requireNonNull(problem, "problem");
    }

    /** Why the upload was refused. */
    public IntakeProblem problem() {
        return problem;
    }
}
