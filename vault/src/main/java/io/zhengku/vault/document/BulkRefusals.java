package io.zhengku.vault.document;

import java.util.concurrent.CompletionException;

/** A bulk item's refusal as single issuance would have thrown it. */
public final class BulkRefusals {

    private BulkRefusals() {
    }

    /** The refusal a step threw, without the wrapping of the future that ran it. */
    public static RuntimeException unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
