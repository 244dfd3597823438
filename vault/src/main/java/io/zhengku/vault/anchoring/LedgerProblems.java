package io.zhengku.vault.anchoring;

import io.micronaut.http.HttpStatus;
import io.zhengku.ledger.LedgerException;
import io.zhengku.problem.ProblemException;

/** How a ledger failure reaches an API caller: the contract's refusal as 409, anything else as 503. */
public final class LedgerProblems {

    private LedgerProblems() {
    }

    /** {@code what} says what did not happen, e.g. "the change", "the registration". */
    public static ProblemException of(LedgerException e, String what) {
        if (e.refusalCode().isPresent()) {
            return new ProblemException(HttpStatus.CONFLICT, "ledger-refused", "the ledger refused " + what + ": "
                    + e.getMessage(), null, e);
        }
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ledger-unavailable", "the ledger did not "
                + "confirm " + what + " (" + e.reason() + "); nothing changed, try again", null, e);
    }
}
