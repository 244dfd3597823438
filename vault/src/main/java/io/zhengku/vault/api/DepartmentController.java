package io.zhengku.vault.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.department.Department;
import io.zhengku.vault.department.DepartmentAdmin;
import java.util.List;

/** A region admin's view of its departments (发证部门管理). */
@Controller("/api/v1/departments")
@Secured(Role.REGION_ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DepartmentController {

    private final DepartmentAdmin admin;
    private final AuditTrail audit;

    public DepartmentController(DepartmentAdmin admin, AuditTrail audit) {
        this.admin = admin;
        this.audit = audit;
    }

    /** A department as the admin API answers it. */
    @Serdeable
    public record DepartmentView(String code, String region, String name, List<String> typeCodes) {
        static DepartmentView of(Department department) {
            return new DepartmentView(department.code(), department.region(), department.name(),
                    department.typeCodeList());
        }
    }

    /** The body of a registration. */
    @Serdeable
    public record Registration(String code, String name, List<String> typeCodes) {
    }

    /** The body of a change of type codes. */
    @Serdeable
    public record TypeCodes(List<String> typeCodes) {
    }

    @Get
    public List<DepartmentView> list(Authentication authentication, HttpRequest<?> request) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "department.list", null, request,
                () -> admin.list(caller).stream().map(DepartmentView::of).toList(), r -> null);
    }

    @Post
    public HttpResponse<DepartmentView> register(Authentication authentication, HttpRequest<?> request,
                                                 @Body Registration body) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "department.register", body.code(), request,
                () -> HttpResponse.created(DepartmentView.of(admin.register(caller, body.code(), body.name(),
                        body.typeCodes()))), r -> body.code());
    }

    @Put("/{code}/types")
    public DepartmentView changeTypes(Authentication authentication, HttpRequest<?> request, @PathVariable String code,
                                      @Body TypeCodes body) {
        Caller caller = Caller.of(authentication);
        return Audited.run(audit, caller, "department.types", code, request,
                () -> DepartmentView.of(admin.changeTypes(caller, code, body.typeCodes())), r -> code);
    }
}
