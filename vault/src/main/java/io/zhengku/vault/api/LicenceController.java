package io.zhengku.vault.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.vault.anchoring.AnchorRecorder;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.document.AnchorStatus;
import io.zhengku.vault.document.DocumentAccess;
import io.zhengku.vault.document.DocumentRow;
import io.zhengku.vault.document.DocumentView;
import io.zhengku.vault.document.Issuance;
import io.zhengku.vault.document.ProofBundle;
import io.zhengku.vault.document.StatusChange;
import io.zhengku.vault.document.StatusChanges;
import io.zhengku.vault.presentation.Presentation;
import io.zhengku.vault.presentation.PresentationRequest;
import io.zhengku.vault.presentation.Presentations;
import io.zhengku.problem.ProblemException;
import io.zhengku.vault.store.ObjectStore;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** Licences (电子证照): issue, read back, list, change status, prove. */
@Controller("/api/v1/licences")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LicenceController {

    /** The detached CMS e-seal's media type (RFC 5751). */
    static final String CMS_MEDIA_TYPE = "application/pkcs7-signature";

    private final Issuance issuance;
    private final DocumentAccess access;
    private final DocumentListing listing;
    private final StatusChanges statusChanges;
    private final ProofBundle proofs;
    private final ObjectStore store;
    private final AnchorRecorder anchors;
    private final Presentations presentations;
    private final AuditTrail audit;

    public LicenceController(Issuance issuance, DocumentAccess access, DocumentListing listing,
                             StatusChanges statusChanges, ProofBundle proofs, ObjectStore store,
                             AnchorRecorder anchors, Presentations presentations, AuditTrail audit) {
        this.issuance = issuance;
        this.access = access;
        this.listing = listing;
        this.statusChanges = statusChanges;
        this.proofs = proofs;
        this.store = store;
        this.anchors = anchors;
        this.presentations = presentations;
        this.audit = audit;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<DocumentView> issue(Authentication authentication, HttpRequest<?> request,
                                            @Part("file") CompletedFileUpload file,
                                            @Part("metadata") String metadata) {
        Caller caller = Caller.of(authentication);
        return Audited.failuresOf(audit, caller, "licence.issue", null, request, () -> {
            DocumentRow row = FileParts.read(file, content -> issuance.issueLicence(caller, metadata, content,
                    FileParts.declaredType(file), audit.success(caller, "licence.issue", request)));
            return HttpResponse.created(DocumentView.of(row), URI.create("/api/v1/licences/" + row.id()));
        });
    }

    @Get("/{id}")
    public DocumentView read(Authentication authentication, HttpRequest<?> request, @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "licence.read", id, request,
                () -> DocumentView.of(access.readable(caller, DocumentKind.LICENCE, id)), view -> id);
    }

    @Get
    public DocumentListing.Page list(Authentication authentication, HttpRequest<?> request,
                                     @QueryValue @Nullable String holderCode, @QueryValue @Nullable String status,
                                     @QueryValue(defaultValue = "0") int page,
                                     @QueryValue(defaultValue = "20") int size) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "licence.list", null, request,
                () -> listing.list(caller, DocumentKind.LICENCE, holderCode, status, page, size), p -> null);
    }

    @Get("/{id}/file")
    public HttpResponse<StreamedFile> file(Authentication authentication, HttpRequest<?> request,
                                           @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "licence.file", id, request,
                () -> FileAnswers.file(store, access.readable(caller, DocumentKind.LICENCE, id)), r -> id);
    }

    @Get("/{id}/seal")
    public HttpResponse<byte[]> seal(Authentication authentication, HttpRequest<?> request, @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "licence.seal", id, request, () -> {
            DocumentRow row = access.readable(caller, DocumentKind.LICENCE, id);
            return HttpResponse.ok(row.sealCms()).contentType(CMS_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + row.sha256() + ".p7s\"");
        }, r -> id);
    }

    @Post("/{id}/status")
    public DocumentView changeStatus(Authentication authentication, HttpRequest<?> request, @PathVariable String id,
                                     @Body StatusChange change) {
        Caller caller = Caller.of(authentication);
        String action = "licence.status." + String.valueOf(change.status()).toLowerCase(Locale.ROOT);
        return Audited.failuresOf(audit, caller, action, id, request, () -> DocumentView.of(
                statusChanges.change(caller, id, change, audit.success(caller, action, request))));
    }

    @Get("/{id}/proof")
    public Map<String, Object> proof(Authentication authentication, HttpRequest<?> request, @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "licence.proof", id, request,
                () -> proofs.of(access.readable(caller, DocumentKind.LICENCE, id)), p -> id);
    }

    /** A short-lived QR presentation (亮证) disclosing the chosen fields; by the holder or the issuer. */
    @Post("/{id}/presentations")
    public HttpResponse<Presentation> present(Authentication authentication, HttpRequest<?> request,
                                              @PathVariable String id, @Body PresentationRequest body) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "licence.present", id, request,
                () -> HttpResponse.created(presentations.present(caller, id, body)), r -> id);
    }

    /** Sends a FAILED anchor back to the outbox; for the issuing department. */
    @Post("/{id}/anchor/retry")
    public DocumentView retryAnchor(Authentication authentication, HttpRequest<?> request, @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "licence.anchor.retry", id, request, () -> {
            DocumentRow row = access.issuedBy(caller, DocumentKind.LICENCE, id);
            if (row.anchorStatus() != AnchorStatus.FAILED || !anchors.retry(id)) {
                throw new ProblemException(HttpStatus.CONFLICT, "anchor-not-failed",
                        id + " is " + row.anchorStatus() + "; only a FAILED anchor can be retried");
            }
            return DocumentView.of(access.readable(caller, DocumentKind.LICENCE, id));
        }, view -> id);
    }
}
