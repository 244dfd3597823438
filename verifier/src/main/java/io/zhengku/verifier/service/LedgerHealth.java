package io.zhengku.verifier.service;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.zhengku.health.PublicHealth;
import io.zhengku.ledger.LedgerException;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /health} part {@code ledger}: whether this verifier's region's peer answers now (asked on every
 * check) and its height. Without a peer configured it still serves its page and the offline checks (status
 * UNKNOWN, not DOWN), and answers every verification with 503 {@code ledger-unavailable}; with one that does
 * not answer, DOWN. All of it is public: the region is the one the page names, the height the one it shows.
 */
@Singleton
public class LedgerHealth extends AbstractHealthIndicator<Map<String, Object>> implements PublicHealth {

    private final Optional<PeerStatus> peer;
    private final VerifierSettings settings;

    public LedgerHealth(Optional<PeerStatus> peer, VerifierSettings settings) {
        this.peer = peer;
        this.settings = settings;
    }

    @Override
    public String getName() {
        return "ledger";
    }

    @Override
    public Set<String> publicDetails() {
        return Set.of("region", "peer", "height");
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("region", settings.region());
        if (peer.isEmpty()) {
            healthStatus = HealthStatus.UNKNOWN;
            details.put("peer", "none: zhengku.ledger.connection is not set; verifications answer 503");
            return details;
        }
        try {
            long height = peer.get().height();
            healthStatus = HealthStatus.UP;
            details.put("peer", "reachable");
            details.put("height", height);
        } catch (LedgerException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("peer", "unreachable: verifications answer 503 until it answers");
        }
        return details;
    }
}
