package io.zhengku.vault.anchoring;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.zhengku.health.PublicHealth;
import io.zhengku.ledger.AnchorLedger;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /health} part {@code anchoring}: whether a ledger is connected, to anyone, and how many documents wait
 * in the outbox, to callers with a token only (a count of the business). Without a ledger the vault still serves
 * (status UNKNOWN, not DOWN): it accepts documents and keeps them PENDING until one is connected.
 */
@Singleton
public class AnchoringHealth extends AbstractHealthIndicator<Map<String, Object>> implements PublicHealth {

    private final Optional<AnchorLedger> ledger;
    private final OutboxRepository outbox;

    public AnchoringHealth(Optional<AnchorLedger> ledger, OutboxRepository outbox) {
        this.ledger = ledger;
        this.outbox = outbox;
    }

    @Override
    public String getName() {
        return "anchoring";
    }

    @Override
    public Set<String> publicDetails() {
        return Set.of("ledger");
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = ledger.isPresent() ? HealthStatus.UP : HealthStatus.UNKNOWN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ledger", ledger.isPresent() ? "connected"
                : "none: zhengku.ledger.connection is not set, so documents stay PENDING");
        details.put("pendingAnchors", outbox.count());
        return details;
    }
}
