package io.zhengku.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;

/**
 * {@code /health} as a caller without a token sees it: the overall status, each part's status, and of a part's
 * details only those its {@link PublicHealth} indicator names public. Set
 * {@code endpoints.health.details-visible=AUTHENTICATED}: Micronaut then asks anonymous callers' answer at
 * {@link HealthLevelOfDetail#STATUS}, which it would give as the overall status alone, and a caller with a
 * token (the vault's) sees every detail, as Micronaut gives them.
 *
 * <p>An allow-list, so that an indicator a library adds (disk space, discovery client, graceful shutdown's
 * active tasks...) shows callers without a token its status and nothing else.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
public class AnonymousHealth extends DefaultHealthAggregator {

    private final String name;

    public AnonymousHealth(ApplicationConfiguration application) {
        super(application);
        this.name = application.getName().orElse("application");
    }

    @Override
    public Publisher<HealthResult> aggregate(HealthIndicator[] indicators, HealthLevelOfDetail level) {
        if (level != HealthLevelOfDetail.STATUS) {
            return super.aggregate(indicators, level);
        }
        Map<String, Set<String>> publicDetails = Arrays.stream(indicators)
                .filter(PublicHealth.class::isInstance).map(PublicHealth.class::cast)
                .collect(Collectors.toMap(PublicHealth::getName, PublicHealth::publicDetails));
        return Publishers.map(super.aggregate(indicators, HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS),
                whole -> HealthResult.builder(name, whole.getStatus()).details(shown(whole, publicDetails)).build());
    }

    private Map<String, HealthResult> shown(HealthResult whole, Map<String, Set<String>> publicDetails) {
        Map<String, HealthResult> shown = new TreeMap<>();
        if (whole.getDetails() instanceof Map<?, ?> parts) {
            parts.forEach((key, value) -> {
                if (value instanceof HealthResult part) {
                    String partName = String.valueOf(key);
                    HealthResult.Builder result = HealthResult.builder(name, part.getStatus());
                    Map<String, Object> kept = kept(part.getDetails(), publicDetails.getOrDefault(partName, Set.of()));
                    if (!kept.isEmpty()) {
                        result.details(kept);
                    }
                    shown.put(partName, result.build());
                }
            });
        }
        return shown;
    }

    private static Map<String, Object> kept(Object details, Set<String> allowed) {
        Map<String, Object> kept = new LinkedHashMap<>();
        if (details instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (allowed.contains(String.valueOf(key))) {
                    kept.put(String.valueOf(key), value);
                }
            });
        }
        return kept;
    }
}
