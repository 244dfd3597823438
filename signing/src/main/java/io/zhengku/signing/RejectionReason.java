package io.zhengku.signing;

/**
 * Why a seal, signature or presentation token was rejected: a stable code that callers and tests act on,
 * never the message text.
 */
public enum RejectionReason {
    /** The bytes do not parse as the expected structure (DER, CMS, SES_Signature, token syntax). */
    MALFORMED,
    /** The algorithm is not on the allow-list, or does not match the key that should verify it. */
    WRONG_ALGORITHM,
    /** The signer's key or certificate is not known to, or not issued by, the trusted roots. */
    UNKNOWN_KEY,
    /** A certificate in the chain had expired at the time of validation. */
    EXPIRED_CERTIFICATE,
    /** A certificate in the chain was not yet valid at the time of validation. */
    CERTIFICATE_NOT_YET_VALID,
    /** A certificate may not be used this way (seal without digitalSignature, issuer that is no CA). */
    WRONG_KEY_USAGE,
    /** The signature value does not verify with the signer's key. */
    BAD_SIGNATURE,
    /** The document or its digest differs from what was signed. */
    DIGEST_MISMATCH,
    /** The electronic seal's own validity window does not cover the signing time. */
    SEAL_NOT_IN_FORCE,
    /** The presentation token's expiry has passed. */
    EXPIRED_TOKEN,
    /** The presentation token claims to be issued in the future. */
    TOKEN_NOT_YET_VALID,
    /** The presentation token was issued for another relying party. */
    WRONG_AUDIENCE,
    /** The presentation token's one-time id has been seen before. */
    REPLAYED,
    /** The input exceeds its size limit and was not parsed. */
    TOO_LARGE
}
