package io.zhengku.verifier.verdict;

/**
 * The overall answer to a relying party (核验结论), derived from the three checks. Only {@code VALID} means
 * "you may rely on it"; a document whose anchor is still pending is {@code PENDING}, never verified.
 */
public enum Verdict {
    /** Anchored, intact, sealed by a registered issuer, in force today. */
    VALID,
    /** Forged, altered, superseded, not yet in force, or the presentation itself was refused. */
    INVALID,
    /** Withdrawn for good by its issuer (吊销/注销). */
    REVOKED,
    /** Temporarily not in force (暂停). */
    SUSPENDED,
    /** Its last day of validity has passed. */
    EXPIRED,
    /** Shown by a genuine presentation, but not (yet) anchored on the ledger. */
    PENDING,
    /** Nothing with this digest or identifier is anchored. */
    UNKNOWN
}
