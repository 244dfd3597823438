package io.zhengku.verifier.service;

/**
 * The verifier's index is further behind its peer than the configured bound, or could not confirm an absence
 * within it: answering would risk a stale verdict (say VALID for a licence revoked meanwhile), so nothing is
 * answered (503 {@code ledger-lagging}) and nothing is consumed.
 */
public class LedgerLaggingException extends LedgerUnavailableException {

    public LedgerLaggingException(String message) {
        super(message, null);
    }
}
