package io.zhengku.vault.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.zhengku.problem.Problem;
import io.zhengku.problem.ProblemHandler;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.document.BulkIssuance;
import io.zhengku.vault.document.BulkRefusals;
import io.zhengku.vault.document.DocumentView;
import io.zhengku.vault.document.Issuers;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk issuance (批量签发): many licences of one department in one multipart request, a {@code manifest} part
 * naming each licence's file part and its metadata (see {@link BulkManifest}). Each item is answered on its
 * own; the request as a whole is refused only when it cannot be read or the caller may not issue.
 */
@Controller("/api/v1/licences/bulk")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class BulkLicenceController {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLicenceController.class);
    private static final String ACTION = "licence.bulk";

    private final BulkIssuance bulk;
    private final Issuers issuers;
    private final AuditTrail audit;
    private final ProblemHandler problems;
    private final ExecutorService blocking;
    private final int maxItems;

    public BulkLicenceController(BulkIssuance bulk, Issuers issuers, AuditTrail audit, ProblemHandler problems,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                                 @Property(name = "zhengku.bulk.max-items", defaultValue = "1000") int maxItems) {
        this.bulk = bulk;
        this.issuers = issuers;
        this.audit = audit;
        this.problems = problems;
        this.blocking = blocking;
        this.maxItems = maxItems;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public CompletableFuture<HttpResponse<?>> issue(Authentication authentication, HttpRequest<?> request,
                                                    @Body MultipartBody body) {
        Caller caller = Caller.of(authentication);
        Audited.failuresOf(audit, caller, ACTION, null, request, () -> issuers.departmentOf(caller));
        return BulkParts.read(body, maxItems)
                .thenApplyAsync(parts -> Audited.run(audit, caller, ACTION, null, request,
                        () -> answer(caller, parts.items(), request), answer -> null), blocking)
                .<HttpResponse<?>>thenApply(HttpResponse::ok)
                .exceptionally(failure -> problems.handle(request, BulkRefusals.unwrap(failure)));
    }

    private BulkAnswer answer(Caller caller, List<BulkIssuance.Item> items, HttpRequest<?> request) {
        List<BulkIssuance.Result> results = bulk.issue(caller, items, audit.lines(caller, "licence.issue", request));
        return BulkAnswer.of(results.stream().map(this::item).toList());
    }

    private BulkAnswer.Item item(BulkIssuance.Result result) {
        BulkIssuance.Item item = result.item();
        if (result.issued()) {
            return new BulkAnswer.Item(item.index(), item.part(), 201, DocumentView.of(result.document()), null);
        }
        Problem problem = problems.toProblem(result.refusal());
        if (problem.status() >= 500) {
            LOG.error("bulk item {} failed: {}", item.index(), result.refusal().getClass().getName());
        }
        return new BulkAnswer.Item(item.index(), item.part(), problem.status(), null, problem);
    }
}
