package io.zhengku.vault.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.zhengku.problem.ProblemException;
import java.util.Objects;

/**
 * The party behind a request, read from its verified bearer token.
 *
 * @param code   a department's unified social credit code, a holder's code, or a region for its admin
 * @param role   what the token speaks for
 * @param region the region the token was issued in
 */
public record Caller(String code, Role role, String region) {

    /** Claim naming the token's region. */
    public static final String REGION_CLAIM = "region";

    public Caller {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
    }

    /**
     * The caller of a request the security filter let through.
     *
     * @throws ProblemException 403 when the token names no single known role or no region
     */
    public static Caller of(Authentication authentication) {
        Role role = authentication.getRoles().stream().map(Role::ofClaim)
                .flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden",
                        "the token names no role this vault knows (department, holder or region-admin)"));
        if (authentication.getRoles().size() != 1) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "a token must carry exactly one role");
        }
        Object region = authentication.getAttributes().get(REGION_CLAIM);
        if (!(region instanceof String regionCode) || regionCode.isBlank()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "the token names no region");
        }
        return new Caller(authentication.getName(), role, regionCode);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** Keeps a holder's code (personal data) out of logs. */
    @Override
    public String toString() {
        return "Caller[" + role.claim() + (role == Role.HOLDER ? "" : " " + code) + "@" + region + "]";
    }
}
