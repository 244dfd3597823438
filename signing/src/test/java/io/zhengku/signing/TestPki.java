package io.zhengku.signing;

import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.TrustAnchors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** One in-memory development PKI shared by the tests, and the fixed times they run at. */
public final class TestPki {

    /** When the fixtures were issued. */
    public static final Instant ISSUED = Instant.parse("2026-11-01T00:00:00Z");
    /** When the tests sign and verify: inside every certificate's validity. */
    public static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    /** After the seal certificates expired, before the roots did. */
    public static final Instant AFTER_SEALS_EXPIRED = ISSUED.plus(RegionCa.SEAL_VALIDITY).plus(Duration.ofDays(1));

    public static final RegionCa SHANGHAI = RegionCa.create(Region.SHANGHAI, ISSUED);
    public static final RegionCa ZHEJIANG = RegionCa.create(Region.ZHEJIANG, ISSUED);

    private static final Map<SealAlgorithm, SealCredential> SEALS = new EnumMap<>(SealAlgorithm.class);

    static {
        for (SealAlgorithm algorithm : SealAlgorithm.values()) {
            SEALS.put(algorithm, SHANGHAI.issueSeal(DevPki.DEMO_DEPARTMENT, algorithm, ISSUED));
        }
    }

    private TestPki() {
    }

    /** The demo department's seal for {@code algorithm}, issued by the Shanghai root. */
    public static SealCredential seal(SealAlgorithm algorithm) {
        return SEALS.get(algorithm);
    }

    public static TrustAnchors shanghaiAnchors() {
        return TrustAnchors.of(SHANGHAI.rootCertificates());
    }

    public static TrustAnchors zhejiangAnchors() {
        return TrustAnchors.of(ZHEJIANG.rootCertificates());
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
