package io.zhengku.vault.audit;

import io.micronaut.http.HttpRequest;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Records every access and change; a holder is recorded by role only, never by code (personal data). */
@Singleton
public class AuditTrail {

    private final AuditRepository events;
    private final Clock clock;

    public AuditTrail(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(Caller caller, String action, String target, String outcome, HttpRequest<?> request) {
        success(caller, action, request).recordFor(target, outcome);
    }

    /**
     * The line a change writes about itself when it succeeds, inside the change's own transaction, so that no
     * acknowledged change is ever missing from the trail, whenever the vault stops.
     */
    public Line success(Caller caller, String action, HttpRequest<?> request) {
        String actor = caller.is(Role.HOLDER) ? "holder" : caller.code();
        String remote = request == null ? null : request.getRemoteAddress().getAddress().getHostAddress();
        return (target, outcome) -> events.save(new AuditEvent(null, clock.instant(), actor, caller.role().claim(),
                action, target, outcome, remote));
    }

    /** One audit line still to write: who and what are known, the target and outcome come last. */
    @FunctionalInterface
    public interface Line {

        void recordFor(String target, String outcome);

        default void recordFor(String target) {
            recordFor(target, "ok");
        }
    }
}
