package io.zhengku.vault.audit;

import io.micronaut.http.HttpRequest;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.intake.IntakeException;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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

    /**
     * Many lines of one caller and action at once, in one batch: a bulk issuance's lines, its successes inside
     * each chunk's transaction like {@link #success}'s.
     */
    public Lines lines(Caller caller, String action, HttpRequest<?> request) {
        String actor = caller.is(Role.HOLDER) ? "holder" : caller.code();
        String remote = request == null ? null : request.getRemoteAddress().getAddress().getHostAddress();
        return outcomes -> {
            Instant at = clock.instant();
            events.saveAll(outcomes.stream().map(o -> new AuditEvent(null, at, actor, caller.role().claim(), action,
                    o.target(), o.outcome(), remote)).toList());
        };
    }

    /** The outcome a refusal is recorded with: its problem code, or {@code error} for anything unforeseen. */
    public static String outcomeOf(RuntimeException refusal) {
        if (refusal instanceof ProblemException problem) {
            return problem.code();
        }
        if (refusal instanceof IntakeException intake) {
            return intake.problem().code();
        }
        return "error";
    }

    /** How one target of a batch ended: {@code ok} or a problem code; the target may be null for a refusal. */
    public record Outcome(String target, String outcome) {
    }

    /** Audit lines of one caller and action still to write, in one batch. */
    @FunctionalInterface
    public interface Lines {

        void record(List<Outcome> outcomes);

        default void recordOk(List<String> targets) {
            record(targets.stream().map(target -> new Outcome(target, "ok")).toList());
        }
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
