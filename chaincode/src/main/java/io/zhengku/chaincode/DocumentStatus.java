package io.zhengku.chaincode;

/**
 * The status of an anchored document (证照状态) and the changes its issuer may make:
 * <pre>
 * ACTIVE     -> SUSPENDED, REVOKED, SUPERSEDED
 * SUSPENDED  -> ACTIVE (reinstate), REVOKED, SUPERSEDED
 * SUPERSEDED -> REVOKED
 * REVOKED    (terminal)
 * </pre>
 */
enum DocumentStatus {
    /** In force (有效). */
    ACTIVE,
    /** Temporarily not in force (暂停), may be reinstated. */
    SUSPENDED,
    /** Replaced by another document of the same issuer (已更新); may still be revoked. */
    SUPERSEDED,
    /** Withdrawn for good (吊销/注销). */
    REVOKED;

    boolean mayBecome(DocumentStatus next) {
        return switch (this) {
            case ACTIVE -> next == SUSPENDED || next == REVOKED || next == SUPERSEDED;
            case SUSPENDED -> next == ACTIVE || next == REVOKED || next == SUPERSEDED;
            case SUPERSEDED -> next == REVOKED;
            case REVOKED -> false;
        };
    }
}
