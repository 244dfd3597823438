package io.zhengku.vault.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import io.micronaut.serde.annotation.Serdeable;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.document.DocumentAccess;
import io.zhengku.vault.document.DocumentRow;
import io.zhengku.vault.document.DocumentView;
import io.zhengku.vault.document.Grant;
import io.zhengku.vault.document.Grants;
import io.zhengku.vault.document.Issuance;
import io.zhengku.vault.store.ObjectStore;
import java.net.URI;
import java.util.List;

/** Materials (电子材料) citizens and businesses submit once and reuse by reference; their owners grant use. */
@Controller("/api/v1/materials")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MaterialController {

    private final Issuance issuance;
    private final DocumentAccess access;
    private final DocumentListing listing;
    private final Grants grants;
    private final ObjectStore store;
    private final AuditTrail audit;

    public MaterialController(Issuance issuance, DocumentAccess access, DocumentListing listing, Grants grants,
                              ObjectStore store, AuditTrail audit) {
        this.issuance = issuance;
        this.access = access;
        this.listing = listing;
        this.grants = grants;
        this.store = store;
        this.audit = audit;
    }

    /** The body of a grant: the department allowed to use the material. */
    @Serdeable
    public record GrantRequest(String grantee) {
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<DocumentView> register(Authentication authentication, HttpRequest<?> request,
                                               @Part("file") CompletedFileUpload file,
                                               @Part("metadata") String metadata) {
        Caller caller = Caller.of(authentication);
        return Audited.failuresOf(audit, caller, "material.register", null, request, () -> {
            DocumentRow row = FileParts.read(file, content -> issuance.registerMaterial(caller, metadata, content,
                    FileParts.declaredType(file), audit.success(caller, "material.register", request)));
            return HttpResponse.created(DocumentView.of(row), URI.create("/api/v1/materials/" + row.id()));
        });
    }

    @Get("/{id}")
    public DocumentView read(Authentication authentication, HttpRequest<?> request, @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "material.read", id, request,
                () -> DocumentView.of(access.readable(caller, DocumentKind.MATERIAL, id)), view -> id);
    }

    @Get
    public DocumentListing.Page list(Authentication authentication, HttpRequest<?> request,
                                     @QueryValue(defaultValue = "0") int page,
                                     @QueryValue(defaultValue = "20") int size) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "material.list", null, request,
                () -> listing.list(caller, DocumentKind.MATERIAL, null, null, page, size), p -> null);
    }

    @Get("/{id}/file")
    public HttpResponse<StreamedFile> file(Authentication authentication, HttpRequest<?> request,
                                           @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "material.file", id, request,
                () -> FileAnswers.file(store, access.readable(caller, DocumentKind.MATERIAL, id)), r -> id);
    }

    @Post("/{id}/grants")
    public HttpResponse<Grant> grant(Authentication authentication, HttpRequest<?> request, @PathVariable String id,
                                     @Body GrantRequest body) {
        Caller caller = Caller.of(authentication);
        return Audited.failuresOf(audit, caller, "material.grant", id, request, () -> HttpResponse.created(
                grants.grant(caller, id, body.grantee(), audit.success(caller, "material.grant", request))));
    }

    @Get("/{id}/grants")
    public List<Grant> grants(Authentication authentication, HttpRequest<?> request, @PathVariable String id) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "material.grants", id, request, () -> grants.list(caller, id), r -> id);
    }

    @Delete("/{id}/grants/{grantee}")
    public HttpResponse<Void> revokeGrant(Authentication authentication, HttpRequest<?> request,
                                          @PathVariable String id, @PathVariable String grantee) {
        Caller caller = Caller.of(authentication);
        return Audited.failuresOf(audit, caller, "material.grant.revoke", id, request, () -> {
            grants.revoke(caller, id, grantee, audit.success(caller, "material.grant.revoke", request));
            return HttpResponse.<Void>noContent();
        });
    }
}
