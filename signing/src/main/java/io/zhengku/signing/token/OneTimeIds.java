package io.zhengku.signing.token;

import java.time.Instant;

/**
 * Remembers which token ids have been presented, so that a token (a photographed QR code) is accepted once.
 * An id needs remembering only until its token expires.
 */
@FunctionalInterface
public interface OneTimeIds {

    /**
     * Records {@code tokenId} as used.
     *
     * @return true the first time an id is presented, false every time after
     */
    boolean firstUse(String tokenId, Instant expiresAt);
}
