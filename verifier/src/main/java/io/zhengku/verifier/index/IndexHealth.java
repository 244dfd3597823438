package io.zhengku.verifier.index;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.zhengku.health.PublicHealth;
import io.zhengku.verifier.service.Freshness;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /health} part {@code index}: how far the verifier's index lags its peer, to anyone (state and lag, no
 * configuration): UP within the lag bound, DOWN past it, when verifications answer 503 ledger-lagging.
 */
@Singleton
@Requires(beans = IndexFollower.class)
public class IndexHealth extends AbstractHealthIndicator<Map<String, Object>> implements PublicHealth {

    private final IndexLag lag;
    private final IndexSettings settings;
    private final Clock clock;

    public IndexHealth(IndexLag lag, IndexSettings settings, Clock clock) {
        this.lag = lag;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return "index";
    }

    @Override
    public Set<String> publicDetails() {
        return Set.of("index", "block", "blocksBehind", "millisBehind");
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Freshness freshness = lag.at(clock.instant());
        boolean current = freshness.behind().compareTo(settings.maxLag()) <= 0;
        healthStatus = current ? HealthStatus.UP : HealthStatus.DOWN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("index", current ? "current" : "lagging: verifications answer 503 until it catches up");
        details.put("block", freshness.block().isPresent() ? freshness.block().getAsLong() : null);
        details.put("blocksBehind", freshness.blocksBehind());
        details.put("millisBehind", freshness.behind().toMillis());
        return details;
    }
}
