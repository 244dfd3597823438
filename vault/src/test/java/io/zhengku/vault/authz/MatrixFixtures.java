package io.zhengku.vault.authz;

import io.zhengku.vault.testing.Fixtures;
import java.util.List;

/**
 * What the matrix's requests act on, made once per run: a licence the issuing department issued to the holder
 * (anchored, so that its status may change and its proof exists), a licence another Shanghai department issued,
 * and a material the issuing department registered for the holder, who granted it to {@link Party#GRANTEE}
 * and to {@link #GRANTED_TO_BE_REVOKED}.
 */
record MatrixFixtures(String licence, String licenceSha256, String colleaguesLicence, String material) {

    /** What {@link Party#GRANTEE} is registered for: what the other departments' requests issue and register. */
    static final List<String> GRANTEE_TYPES = List.of(Fixtures.BUSINESS_LICENCE, Fixtures.IDENTITY_MATERIAL);

    /** A department the holder granted the material to, for the request that revokes a grant. */
    static final String GRANTED_TO_BE_REVOKED = "1131010100247973XA";
    /** A department nobody granted anything, for the request that grants. */
    static final String NOT_GRANTED = "11310101002479721J";
    /** A Shanghai department nobody registered, for the request that registers one. */
    static final String UNREGISTERED = "11310101002479713P";
    /** A department registered in Ningbo (division 330200), in Zhejiang. */
    static final String NINGBO_DEPARTMENT = "11330200002500017N";

    String licencePath() {
        return "/api/v1/licences/" + licence;
    }

    String materialPath() {
        return "/api/v1/materials/" + material;
    }
}
