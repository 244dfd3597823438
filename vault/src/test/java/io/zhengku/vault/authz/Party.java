package io.zhengku.vault.authz;

import io.zhengku.vault.auth.DevTokens;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Who calls Shanghai's vault in the authorisation matrix, and the bearer token each sends. The licence and the
 * material of the matrix are issued by {@link #ISSUER} to {@link #HOLDER}; the material is granted to
 * {@link #GRANTEE}. All regions' tokens are signed by the delta's one identity provider (one key, see
 * {@code TokenSigningFactory}), so there is no "other region's key"; a token signed with any other key is
 * {@link #OTHER_KEY}, and what tells regions apart is the token's {@code region} claim.
 */
enum Party {
    ANONYMOUS("anonymous"),
    HOLDER("the holder"),
    /** Holders are citizens of the whole delta: a holder's token minted in Zhejiang works here too. */
    HOLDER_OF_ZHEJIANG("the holder (token of Zhejiang)"),
    OTHER_HOLDER("another holder"),
    ISSUER("the issuing department"),
    COLLEAGUE("another Shanghai department"),
    /** Registered through the admin API (so without a seal key here), and granted the material. */
    GRANTEE("a Shanghai department granted the material"),
    FOREIGN_DEPARTMENT("a Zhejiang department"),
    ADMIN("Shanghai's admin"),
    FOREIGN_ADMIN("Zhejiang's admin"),
    FORGED("a forged token"),
    EXPIRED("an expired token"),
    UNSIGNED("an unsigned token (alg none)"),
    OTHER_KEY("a token signed with another key");

    /** The code of the department {@link #GRANTEE} is: registered by the matrix's fixtures in Shanghai. */
    static final String GRANTEE_CODE = "11310101002479705W";
    /** Another business, holding nothing of the matrix's. */
    static final String OTHER_HOLDER_CODE = "91310101MA1FPX13XM";

    private final String label;

    Party(String label) {
        this.label = label;
    }

    /**
     * Whether this party's token is one the vault must not believe: it is answered as no token is. The bad
     * tokens carry the issuing department's claims, the most any department token may do.
     */
    boolean badToken() {
        return ordinal() >= FORGED.ordinal();
    }

    /** The bearer token this party sends; none for {@link #ANONYMOUS}. */
    String token(DevTokens tokens) {
        return switch (this) {
            case ANONYMOUS -> null;
            case HOLDER -> tokens.mint(Role.HOLDER, Fixtures.HOLDER_BUSINESS, "shanghai");
            case HOLDER_OF_ZHEJIANG -> tokens.mint(Role.HOLDER, Fixtures.HOLDER_BUSINESS, "zhejiang");
            case OTHER_HOLDER -> tokens.mint(Role.HOLDER, OTHER_HOLDER_CODE, "shanghai");
            case ISSUER -> issuer(tokens);
            case COLLEAGUE -> tokens.mint(Role.DEPARTMENT, Fixtures.SHANGHAI_HEALTH, "shanghai");
            case GRANTEE -> tokens.mint(Role.DEPARTMENT, GRANTEE_CODE, "shanghai");
            case FOREIGN_DEPARTMENT -> tokens.mint(Role.DEPARTMENT, Fixtures.HANGZHOU_SAMR, "zhejiang");
            case ADMIN -> tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai");
            case FOREIGN_ADMIN -> tokens.mint(Role.REGION_ADMIN, "zhejiang", "zhejiang");
            case FORGED -> forged(issuer(tokens));
            case EXPIRED -> tokens.mint(Role.DEPARTMENT, Fixtures.SHANGHAI_SAMR, "shanghai", Duration.ofSeconds(-60));
            case UNSIGNED -> unsigned(issuer(tokens));
            case OTHER_KEY -> new DevTokens("another-secret-of-thirty-two-characters!", Clock.systemUTC())
                    .mint(Role.DEPARTMENT, Fixtures.SHANGHAI_SAMR, "shanghai");
        };
    }

    private static String issuer(DevTokens tokens) {
        return tokens.mint(Role.DEPARTMENT, Fixtures.SHANGHAI_SAMR, "shanghai");
    }

    /** The same header and claims under a signature that is not theirs. */
    private static String forged(String token) {
        int signature = token.lastIndexOf('.') + 1;
        char first = token.charAt(signature) == 'A' ? 'B' : 'A';
        return token.substring(0, signature) + first + token.substring(signature + 1);
    }

    /** The same claims with {@code "alg":"none"} and no signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    @Override
    public String toString() {
        return label;
    }
}
