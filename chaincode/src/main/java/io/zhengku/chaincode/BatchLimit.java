package io.zhengku.chaincode;

/**
 * Reads the largest batch from the environment. Peers with different limits would endorse differently
 * (one refuses what another accepts), so every peer of the channel must be given the same value.
 */
final class BatchLimit {

    static final String VARIABLE = "ZHENGKU_MAX_BATCH_ENTRIES";

    /** A bound on the configured limit: a batch must fit one transaction and CanonicalJson's input limit. */
    static final int CEILING = 10_000;

    private BatchLimit() {
    }

    /** {@code value} as a limit of 1 to {@value #CEILING}, or {@code fallback} when unset. */
    static int fromEnvironment(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(VARIABLE + " must be a whole number, got \"" + value + "\"", e);
        }
        if (limit < 1 || limit > CEILING) {
            throw new IllegalStateException(VARIABLE + " must be 1 to " + CEILING + ", got " + limit);
        }
        return limit;
    }
}
