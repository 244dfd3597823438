package io.zhengku.vault.api;

import io.micronaut.http.HttpRequest;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs a request's work and writes its audit line, whether it succeeded or was refused. */
final class Audited {

    private Audited() {
    }

    /**
     * @param target  the document concerned, when known before the work
     * @param targetOf the document concerned, read from the result (e.g. a new licence's id)
     */
    static <T> T run(AuditTrail audit, Caller caller, String action, String target, HttpRequest<?> request,
                     Supplier<T> work, Function<T, String> targetOf) {
        T result = failuresOf(audit, caller, action, target, request, work);
        String resultTarget = targetOf.apply(result);
        audit.record(caller, action, resultTarget != null ? resultTarget : target, "ok", request);
        return result;
    }

    /** Runs work that writes its own success line in its transaction; only a refusal is recorded here. */
    static <T> T failuresOf(AuditTrail audit, Caller caller, String action, String target, HttpRequest<?> request,
                            Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            audit.record(caller, action, target, AuditTrail.outcomeOf(e), request);
            throw e;
        }
    }
}
