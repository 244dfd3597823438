package io.zhengku.ledger;

/**
 * The status of an anchored document (证照状态), as the {@code zhengku} contract records it. Only the issuing
 * region changes it, through a {@link StatusChangeRequest}.
 *
 * <pre>{@code
 * boolean inForce = record.status() == DocumentStatus.ACTIVE;
 * }</pre>
 */
public enum DocumentStatus {
    /** In force (有效). */
    ACTIVE,
    /** Temporarily not in force (暂停); may be reinstated. */
    SUSPENDED,
    /** Replaced by another document of the same issuer (已更新); may still be revoked. */
    SUPERSEDED,
    /** Withdrawn for good (吊销/注销). */
    REVOKED
}
