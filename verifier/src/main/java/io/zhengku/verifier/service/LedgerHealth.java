package io.zhengku.verifier.service;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health} part {@code ledger}: whether this verifier reads its region's peer. Without one it still
 * serves its page and the offline checks (status UNKNOWN, not DOWN), and answers every verification with
 * 503 {@code ledger-unavailable}.
 */
@Singleton
public class LedgerHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final LedgerReader ledger;
    private final VerifierSettings settings;

    public LedgerHealth(LedgerReader ledger, VerifierSettings settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    @Override
    public String getName() {
        return "ledger";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = ledger.connected() ? HealthStatus.UP : HealthStatus.UNKNOWN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("region", settings.region());
        details.put("peer", ledger.connected() ? "connected"
                : "none: no Fabric network can be built on this machine (see README); verifications answer 503");
        return details;
    }
}
