package io.zhengku.verifier.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.Set;

/**
 * Who this verifier is: the region whose peer it reads (e.g. {@code shanghai}) and its own name (e.g.
 * {@code verifier-shanghai}). A presentation token bound to an audience is accepted when it names either.
 *
 * @param region the region whose peer this verifier reads
 * @param name this verifier's name, unique among verifiers
 * @param maxFileBytes the largest file accepted for hashing
 */
@ConfigurationProperties("zhengku.verifier")
public record VerifierSettings(String region, String name, long maxFileBytes) {

    /** The names a bound token may carry to be accepted here. */
    public Set<String> audienceNames() {
        return Set.of(region, name);
    }
}
