package io.zhengku.core.anchor;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import java.util.Arrays;

/**
 * The status of an anchored document (证照状态), as the {@code zhengku} contract records it, and the changes its
 * issuing region may make:
 * <pre>
 * ACTIVE     -> SUSPENDED, REVOKED, SUPERSEDED
 * SUSPENDED  -> ACTIVE (reinstate), REVOKED, SUPERSEDED
 * SUPERSEDED -> REVOKED
 * REVOKED    (terminal)
 * </pre>
 *
 * <pre>{@code
 * boolean inForce = record.status() == DocumentStatus.ACTIVE;
 * boolean allowed = DocumentStatus.SUSPENDED.mayBecome(DocumentStatus.ACTIVE); // true
 * DocumentStatus read = DocumentStatus.parse("REVOKED");
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
    REVOKED;

    /** Whether a document of this status may be changed to {@code next}; a status never "changes" to itself. */
    public boolean mayBecome(DocumentStatus next) {
        return switch (this) {
            case ACTIVE -> next == SUSPENDED || next == REVOKED || next == SUPERSEDED;
            case SUSPENDED -> next == ACTIVE || next == REVOKED || next == SUPERSEDED;
            case SUPERSEDED -> next == REVOKED;
            case REVOKED -> false;
        };
    }

    /**
     * The status named exactly as the contract writes it, e.g. {@code REVOKED}.
     *
     * @throws InvalidFieldException for any other text
     */
    public static DocumentStatus parse(String value) {
        for (DocumentStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw new InvalidFieldException(Reason.MALFORMED, "status", "status must be one of "
                + Arrays.toString(values()) + ", got \"" + value + "\"");
    }
}
