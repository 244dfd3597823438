package io.zhengku.proof.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.testing.Mutations;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.pki.TrustAnchors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

class VerificationReceiptsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final RegionCa ZHEJIANG = RegionCa.create(Region.ZHEJIANG, NOW.minus(Duration.ofDays(1)));
    private static final RegionCa SHANGHAI = RegionCa.create(Region.SHANGHAI, NOW.minus(Duration.ofDays(1)));
    private static final SealCredential VERIFIER = ZHEJIANG.issue(new X500Name("CN=Zhejiang verifier"),
            SealAlgorithm.SM2_SM3, NOW.minus(Duration.ofDays(1)), Duration.ofDays(365));

    @Test
    void a_signed_receipt_verifies_against_its_regions_roots_and_gives_back_the_payload() throws Exception {
        byte[] receipt = CanonicalJson.encode(VerificationReceipts.sign(payload("VALID"), VERIFIER));

        Map<?, ?> payload = VerificationReceipts.verify(receipt, roots(ZHEJIANG));

        assertThat(payload.get("verdict")).isEqualTo("VALID");
        assertThat(payload.get("verifier")).isEqualTo("verifier-zhejiang");
    }

    @Test
    void a_changed_verdict_fails_the_signature() {
        String receipt = new String(CanonicalJson.encode(VerificationReceipts.sign(payload("REVOKED"), VERIFIER)),
                StandardCharsets.UTF_8);
        byte[] edited = receipt.replace("\"REVOKED\"", "\"VALID\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VerificationReceipts.verify(edited, roots(ZHEJIANG)))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE));
    }

    @Test
    void a_receipt_of_a_verifier_under_another_root_is_refused() {
        byte[] receipt = CanonicalJson.encode(VerificationReceipts.sign(payload("VALID"), VERIFIER));

        assertThatThrownBy(() -> VerificationReceipts.verify(receipt, roots(SHANGHAI)))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNKNOWN_KEY));
    }

    @Test
    void mutated_receipts_never_crash_and_never_verify_unless_unchanged_in_meaning() throws Exception {
        byte[] receipt = CanonicalJson.encode(VerificationReceipts.sign(payload("VALID"), VERIFIER));
        Map<?, ?> original = VerificationReceipts.verify(receipt, roots(ZHEJIANG));

        for (byte[] mutated : Mutations.of(receipt, 20261127L)) {
            try {
                Map<?, ?> payload = VerificationReceipts.verify(mutated, roots(ZHEJIANG));
                assertThat(payload).as("a mutation that verifies must carry the same payload").isEqualTo(original);
            } catch (VerificationException expected) {
                assertThat(expected.reason()).isNotNull();
            }
        }
    }

    private static Map<String, Object> payload(String verdict) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", 1L);
        payload.put("verifier", "verifier-zhejiang");
        payload.put("verifiedAt", NOW.toString());
        payload.put("verdict", verdict);
        payload.put("sha256", "ab".repeat(32));
        return payload;
    }

    private static TrustAnchors roots(RegionCa ca) {
        return TrustAnchors.of(ca.rootCertificates());
    }
}
