package io.zhengku.signing.token;

import io.zhengku.signing.key.SealAlgorithm;
import java.util.Arrays;
import java.util.Optional;

/**
 * The signature algorithms a presentation token may name in its {@code alg} field: the allow-list. There is
 * no "none"; an unknown name is refused before any key is looked up.
 */
public enum TokenAlgorithm {
    /** SM2 with SM3 and the GM/T user ID {@code 1234567812345678}. */
    SM2("SM2", SealAlgorithm.SM2_SM3),
    /** ECDSA on P-256 with SHA-256, named as in JOSE. */
    ES256("ES256", SealAlgorithm.ECDSA_P256_SHA256);

    private final String jsonName;
    private final SealAlgorithm sealAlgorithm;

    TokenAlgorithm(String jsonName, SealAlgorithm sealAlgorithm) {
        this.jsonName = jsonName;
        this.sealAlgorithm = sealAlgorithm;
    }

    /** The value of the token's {@code alg} field. */
    public String jsonName() {
        return jsonName;
    }

    public SealAlgorithm sealAlgorithm() {
        return sealAlgorithm;
    }

    /** The token algorithm of a seal key. */
    public static TokenAlgorithm of(SealAlgorithm algorithm) {
        return Arrays.stream(values()).filter(a -> a.sealAlgorithm == algorithm).findFirst().orElseThrow();
    }

    /** The algorithm named {@code jsonName}, or empty if it is not on the allow-list. */
    public static Optional<TokenAlgorithm> byJsonName(String jsonName) {
        return Arrays.stream(values()).filter(a -> a.jsonName.equals(jsonName)).findFirst();
    }
}
