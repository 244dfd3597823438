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
        String actor = caller.is(Role.HOLDER) ? "holder" : caller.code();
        String remote = request == null ? null : request.getRemoteAddress().getAddress().getHostAddress();
        events.save(new AuditEvent(null, clock.instant(), actor, caller.role().claim(), action, target, outcome,
                remote));
    }
}
