package io.zhengku.ledger;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.InvalidFieldException;
import java.util.List;

/**
 * A change of a document's status asked of the ledger (状态变更请求), by its issuing region only. Each kind
 * names the contract transaction and its string arguments, so an adapter submits it without knowing the kinds.
 *
 * <pre>{@code
 * DocumentRecord revoked = ledger.changeStatus(
 *         new StatusChangeRequest.Revoke(sha256, "HOLDER_REQUEST", "business closed"));
 * }</pre>
 */
public sealed interface StatusChangeRequest {

    /** The longest reason text the contract accepts. */
    int MAX_REASON_TEXT_LENGTH = 200;

    /** The document's SHA-256, lowercase hex. */
    String sha256();

    /** The {@code zhengku} transaction that makes the change. */
    String transactionName();

    /** The transaction's arguments, in order. */
    List<String> arguments();

    /**
     * ACTIVE to SUSPENDED (暂停), for a reason.
     *
     * @param reasonCode 1 to 32 of A-Z, 0-9 and {@code _}
     * @param reasonText 1 to 200 characters, no personal data
     */
    record Suspend(String sha256, String reasonCode, String reasonText) implements StatusChangeRequest {
        /** @throws InvalidFieldException naming the wrong argument */
        public Suspend {
            checkReason(sha256, reasonCode, reasonText);
        }

        @Override
        public String transactionName() {
            return "suspend";
        }

        @Override
        public List<String> arguments() {
            return List.of(sha256, reasonCode, reasonText);
        }
    }

    /** SUSPENDED back to ACTIVE (恢复). */
    record Reinstate(String sha256) implements StatusChangeRequest {
        /** @throws InvalidFieldException when the digest is not lowercase hex SHA-256 */
        public Reinstate {
            FieldChecks.sha256Hex(sha256, "sha256");
        }

        @Override
        public String transactionName() {
            return "reinstate";
        }

        @Override
        public List<String> arguments() {
            return List.of(sha256);
        }
    }

    /**
     * Any status but REVOKED to REVOKED (吊销), for good, for a reason.
     *
     * @param reasonCode 1 to 32 of A-Z, 0-9 and {@code _}
     * @param reasonText 1 to 200 characters, no personal data
     */
    record Revoke(String sha256, String reasonCode, String reasonText) implements StatusChangeRequest {
        /** @throws InvalidFieldException naming the wrong argument */
        public Revoke {
            checkReason(sha256, reasonCode, reasonText);
        }

        @Override
        public String transactionName() {
            return "revoke";
        }

        @Override
        public List<String> arguments() {
            return List.of(sha256, reasonCode, reasonText);
        }
    }

    /**
     * ACTIVE or SUSPENDED to SUPERSEDED (已更新) by an ACTIVE document of the same issuer.
     *
     * @param replacementSha256 the replacement's SHA-256, lowercase hex
     */
    record Supersede(String sha256, String replacementSha256) implements StatusChangeRequest {
        /** @throws InvalidFieldException naming the wrong argument, or when a document would replace itself */
        public Supersede {
            FieldChecks.sha256Hex(sha256, "sha256");
            FieldChecks.sha256Hex(replacementSha256, "replacementSha256");
            if (sha256.equals(replacementSha256)) {
                throw new InvalidFieldException(InvalidFieldException.Reason.INCONSISTENT, "replacementSha256",
                        "a document cannot supersede itself; name its replacement");
            }
        }

        @Override
        public String transactionName() {
            return "supersede";
        }

        @Override
        public List<String> arguments() {
            return List.of(sha256, replacementSha256);
        }
    }

    private static void checkReason(String sha256, String reasonCode, String reasonText) {
        FieldChecks.sha256Hex(sha256, "sha256");
        FieldChecks.code(reasonCode, "reasonCode");
        FieldChecks.text(reasonText, MAX_REASON_TEXT_LENGTH, "reasonText");
    }
}
