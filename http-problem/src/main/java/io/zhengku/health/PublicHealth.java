package io.zhengku.health;

import java.util.Set;

/**
 * A {@code /health} part that names which of its details anyone may read: states and lags, never configuration,
 * a path, a URL, a version, a figure of the machine or a count of the business. Every other part shows callers
 * without a token its status alone (see {@link AnonymousHealth}).
 */
public interface PublicHealth {

    /** The part's name in {@code /health}. */
    String getName();

    /** The keys of the part's details that callers without a token see. */
    Set<String> publicDetails();
}
