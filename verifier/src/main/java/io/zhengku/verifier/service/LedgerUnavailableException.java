package io.zhengku.verifier.service;

import io.zhengku.problem.SafeToLog;

/**
 * The region's peer could not answer, or no ledger is connected: nothing can be verified, and nothing was
 * consumed that the relying party would miss (a token's one-time id is spent only after the ledger answered).
 */
public class LedgerUnavailableException extends RuntimeException implements SafeToLog {

    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
