package io.zhengku.signing.pki;

import static io.zhengku.signing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.TestPki;
import io.zhengku.signing.key.SealAlgorithm;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrustAnchorsTest {

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_seal_certificate_chains_to_the_region_root_of_its_algorithm(SealAlgorithm algorithm) throws Exception {
        X509Certificate seal = TestPki.seal(algorithm).certificate();

        X509Certificate root = TestPki.shanghaiAnchors().validate(seal, TestPki.NOW);

        assertThat(root).isEqualTo(TestPki.SHANGHAI.root(algorithm).certificate());
    }

    @Test
    void a_seal_from_another_region_is_an_unknown_key() {
        X509Certificate seal = TestPki.seal(SealAlgorithm.SM2_SM3).certificate();

        assertRejected(() -> TestPki.zhejiangAnchors().validate(seal, TestPki.NOW), RejectionReason.UNKNOWN_KEY);
    }

    @Test
    void a_seal_after_its_validity_is_an_expired_certificate() {
        X509Certificate seal = TestPki.seal(SealAlgorithm.ECDSA_P256_SHA256).certificate();

        assertRejected(() -> TestPki.shanghaiAnchors().validate(seal, TestPki.AFTER_SEALS_EXPIRED),
                RejectionReason.EXPIRED_CERTIFICATE);
    }

    @Test
    void a_seal_before_its_validity_is_not_yet_valid() {
        X509Certificate seal = TestPki.seal(SealAlgorithm.SM2_SM3).certificate();

        assertRejected(() -> TestPki.shanghaiAnchors().validate(seal, TestPki.ISSUED.minus(Duration.ofDays(1))),
                RejectionReason.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void a_root_certificate_is_not_accepted_as_a_seal() {
        X509Certificate root = TestPki.SHANGHAI.root(SealAlgorithm.SM2_SM3).certificate();

        assertRejected(() -> TestPki.shanghaiAnchors().validate(root, TestPki.NOW), RejectionReason.WRONG_KEY_USAGE);
    }

    @Test
    void a_seal_certificate_whose_signature_was_altered_is_an_unknown_key() throws Exception {
        byte[] der = TestPki.seal(SealAlgorithm.SM2_SM3).certificate().getEncoded();
        der[der.length - 5] ^= 0x01;
        X509Certificate altered = Certificates.parse(der);

        assertRejected(() -> TestPki.shanghaiAnchors().validate(altered, TestPki.NOW), RejectionReason.UNKNOWN_KEY);
    }

    @Test
    void seal_certificates_carry_signing_key_usages_and_the_department_code() {
        X509Certificate seal = TestPki.seal(SealAlgorithm.SM2_SM3).certificate();

        assertThat(seal.getKeyUsage()).startsWith(true, true, false, false, false, false);
        assertThat(seal.getExtensionValue("2.5.29.37")).as("no extended key usage").isNull();
        X500Name subject = X500Name.getInstance(seal.getSubjectX500Principal().getEncoded());
        assertThat(subject.getRDNs(BCStyle.ORGANIZATION_IDENTIFIER)[0].getFirst().getValue())
                .hasToString("113101010024795883");
    }
}
