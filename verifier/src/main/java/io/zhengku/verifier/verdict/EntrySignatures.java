package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.signing.VerificationException;

/** Checks an anchored entry's seal signature with the seal certificate registered on the ledger. */
@FunctionalInterface
public interface EntrySignatures {

    /**
     * @throws VerificationException with the reason the signature does not hold, or the certificate cannot
     *     be read
     */
    void verify(AnchorEntry entry, RegisteredSeal seal) throws VerificationException;
}
