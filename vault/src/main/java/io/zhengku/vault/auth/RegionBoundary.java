package io.zhengku.vault.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.zhengku.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each region runs its own vault, holding only its own departments, their seal keys and its own Fabric
 * identity, so that no single operator can act as two regions. The delta's identity provider signs tokens
 * for every region; this filter refuses a department's or a region admin's token of another region before
 * any controller sees it. Holders are citizens of the whole delta and fetch their licences from any region's
 * vault that issued them, so their tokens are not bound to a vault.
 */
@ServerFilter("/api/**")
class RegionBoundary implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RegionBoundary.class);

    private final String region;

    RegionBoundary(@Property(name = "zhengku.region") String region) {
        this.region = region;
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> keepToRegion(HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null || authentication.getRoles().contains(Role.HOLDER_NAME)) {
            return null;
        }
        Object tokenRegion = authentication.getAttributes().get(Caller.REGION_CLAIM);
        if (region.equals(tokenRegion)) {
            return null;
        }
        LOG.warn("refused a {} token of region {} at {}'s vault: {} {}", authentication.getRoles(), tokenRegion,
                region, request.getMethod(), request.getPath());
        HttpStatus status = HttpStatus.FORBIDDEN;
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(Problem.of(status.getCode(),
                status.getReason(), "foreign-region", "this is " + region + "'s vault, and the token is of region "
                        + tokenRegion + "; a department or admin works through its own region's vault", null));
    }

    /** After the security filter, which has read the token by then. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
