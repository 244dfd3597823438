package io.zhengku.vault.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * The framework's management endpoints other than {@code /health} (beans, info, routes, thread dump, refresh)
 * are for no caller of the API: the delta's tokens speak for departments, holders and region admins, and none
 * of them runs this process. Micronaut Security leaves the rule for an authenticated caller to the application
 * and throws until it is given one, which answered 500; this one refuses, 403, as for any path no one may use.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class ManagementEndpointRule extends SensitiveEndpointRule {

    ManagementEndpointRule(EndpointSensitivityProcessor endpoints) {
        super(endpoints);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
                                                                      Authentication authentication,
                                                                      ExecutableMethod<?, ?> method) {
        return Publishers.just(SecurityRuleResult.REJECTED);
    }
}
