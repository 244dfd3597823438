package io.zhengku.signing.key;

import java.security.PublicKey;

/**
 * A private signing key that never leaves its holder: a PKCS#12 keystore today ({@link SoftwareSigner}), a
 * hardware security module (密码机) later. Callers hand it bytes and get a signature back.
 *
 * <pre>{@code byte[] signature = signer.sign(tbsBytes);  // DER-encoded (r, s)}</pre>
 */
public interface Signer {

    /** The algorithm this key signs with. */
    SealAlgorithm algorithm();

    /** The public half of the key. */
    PublicKey publicKey();

    /**
     * Signs {@code message} (hashing it first, with the SM2 user ID {@code 1234567812345678} for SM2).
     *
     * @return the DER-encoded {@code SEQUENCE {r, s}} signature
     * @throws SigningException if the key cannot sign (for an HSM: unreachable, refused)
     */
    byte[] sign(byte[] message);
}
