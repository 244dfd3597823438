package io.zhengku.verifier.service;

import io.zhengku.ledger.LedgerException;

/** The own peer's state as {@code /health} reports it: asked, not assumed. */
@FunctionalInterface
public interface PeerStatus {

    /** The channel's height on the own peer (its number of blocks). */
    long height() throws LedgerException;
}
