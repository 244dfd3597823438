package io.zhengku.vault.fault;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The steps of issuance and anchoring at which the crash test kills the vault, in the order a licence passes
 * them. Each is a moment where a crash leaves a different state behind: a file received but not stored, stored
 * but not indexed, indexed but not answered, handed to the ledger but not committed, committed but not recorded.
 */
public enum CrashPoint {
    /** The upload is received and inspected; nothing is stored yet. */
    AFTER_RECEIVE("after-receive"),
    /** The file is in the object store; its document row is not committed. */
    AFTER_STORE("after-store"),
    /** The document, its outbox row and its audit line are committed; the caller has not been answered. */
    AFTER_COMMIT("after-commit"),
    /** The anchoring worker read the document's outbox row; nothing went to the ledger yet. */
    AFTER_PICK("after-pick"),
    /** The batch holding the document was handed to the orderers; its commit has not been seen. */
    AFTER_SUBMIT("after-submit"),
    /** The batch committed VALID; the anchor is not recorded in the database yet. */
    AFTER_ANCHOR("after-anchor");

    private final String setting;

    CrashPoint(String setting) {
        this.setting = setting;
    }

    /** Its name in {@code zhengku.fault.crash-at}, e.g. {@code after-store}. */
    public String setting() {
        return setting;
    }

    /** The point named {@code setting}. */
    public static CrashPoint of(String setting) {
        return Arrays.stream(values()).filter(p -> p.setting.equals(setting)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("zhengku.fault.crash-at is '" + setting
                        + "'; use one of " + Arrays.stream(values()).map(CrashPoint::setting)
                        .collect(Collectors.joining(", "))));
    }
}
