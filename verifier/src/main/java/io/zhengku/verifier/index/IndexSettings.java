package io.zhengku.verifier.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The verifier's index of ledger state ({@code zhengku.verifier.index.*}).
 *
 * @param enabled whether verifications read the index (the default) or ask the peer every time
 * @param maxLag the lag past which the index answers 503 {@code ledger-lagging} instead of a possibly stale
 *     verdict: a revocation committed on the channel is reflected within this bound or refused
 * @param heightEvery how often the peer's height is asked, which bounds how soon a lag is noticed
 * @param cachedRecords how many parsed records are held in memory in front of the database (the verifier runs in a 256 MiB heap)
 */
@ConfigurationProperties("zhengku.verifier.index")
public record IndexSettings(@Bindable(defaultValue = "true") boolean enabled,
                            @Bindable(defaultValue = "5s") Duration maxLag,
                            @Bindable(defaultValue = "500ms") Duration heightEvery,
                            @Bindable(defaultValue = "20000") int cachedRecords) {
}
