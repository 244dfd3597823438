package io.zhengku.verifier.service;

/** The verifier's index of ledger state, when it runs: verifications then read it instead of the peer. */
@FunctionalInterface
public interface IndexedLedger {

    /**
     * A view of the index for one verification.
     *
     * @throws LedgerLaggingException when the index is past its lag bound
     */
    LedgerView view();
}
