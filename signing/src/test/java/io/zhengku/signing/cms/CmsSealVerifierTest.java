package io.zhengku.signing.cms;

import static io.zhengku.signing.Rejections.assertRejected;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.testing.Mutations;
import io.zhengku.signing.BouncyCastle;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.TestPki;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.pki.DevPki;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CmsSealVerifierTest {

    private static final byte[] DOCUMENT = "营业执照 business licence 91310101MA1FPX121X".getBytes(UTF_8);

    private final CmsSealVerifier verifier = new CmsSealVerifier(TestPki.shanghaiAnchors(), TestPki.clockAt(TestPki.NOW));

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_document_sealed_with_either_algorithm_verifies_with_its_signing_time(SealAlgorithm algorithm)
            throws Exception {
        VerifiedSeal seal = verifier.verify(DOCUMENT, sign(algorithm, TestPki.NOW));

        assertThat(seal.algorithm()).isEqualTo(algorithm);
        assertThat(seal.certificate()).isEqualTo(TestPki.seal(algorithm).certificate());
        assertThat(seal.signingTime()).contains(TestPki.NOW);
    }

    @Test
    void the_signature_is_der_and_carries_the_seal_certificate_but_not_the_document() throws Exception {
        byte[] signature = sign(SealAlgorithm.SM2_SM3, TestPki.NOW);
        CMSSignedData signed = new CMSSignedData(signature);

        assertThat(ASN1Primitive.fromByteArray(signature).getEncoded(ASN1Encoding.DER)).isEqualTo(signature);
        assertThat(signed.isDetachedSignature()).isTrue();
        assertThat(signed.getCertificates().getMatches(null)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_one_byte_change_in_the_document_is_a_digest_mismatch(SealAlgorithm algorithm) {
        byte[] signature = sign(algorithm, TestPki.NOW);
        byte[] changed = DOCUMENT.clone();
        changed[3] ^= 0x20;

        assertRejected(() -> verifier.verify(changed, signature), RejectionReason.DIGEST_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_one_byte_change_in_the_signature_value_is_a_bad_signature(SealAlgorithm algorithm) throws Exception {
        byte[] signature = sign(algorithm, TestPki.NOW);

        byte[] changed = CmsFixtures.flipLastByteOfSignatureValue(signature);

        assertRejected(() -> verifier.verify(DOCUMENT, changed), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void bytes_that_are_no_cms_are_malformed() {
        assertRejected(() -> verifier.verify(DOCUMENT, "not a signature".getBytes(UTF_8)), RejectionReason.MALFORMED);
    }

    @Test
    void a_seal_checked_against_another_regions_roots_is_an_unknown_key() {
        CmsSealVerifier zhejiang = new CmsSealVerifier(TestPki.zhejiangAnchors(), TestPki.clockAt(TestPki.NOW));

        assertRejected(() -> zhejiang.verify(DOCUMENT, sign(SealAlgorithm.SM2_SM3, TestPki.NOW)),
                RejectionReason.UNKNOWN_KEY);
    }

    @Test
    void a_seal_whose_certificate_was_swapped_is_an_unknown_key() throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(DOCUMENT), sign(SealAlgorithm.SM2_SM3,
                TestPki.NOW));
        JcaCertStore other = new JcaCertStore(List.of(
                TestPki.SHANGHAI.issueSeal(DevPki.DEMO_DEPARTMENT, SealAlgorithm.SM2_SM3, TestPki.ISSUED).certificate()));

        byte[] swapped = CMSSignedData.replaceCertificatesAndCRLs(signed, other, null, null)
                .getEncoded(ASN1Encoding.DER);

        assertRejected(() -> verifier.verify(DOCUMENT, swapped), RejectionReason.UNKNOWN_KEY);
    }

    @Test
    void a_seal_verified_after_its_certificate_expired_is_an_expired_certificate() {
        CmsSealVerifier later = new CmsSealVerifier(TestPki.shanghaiAnchors(),
                TestPki.clockAt(TestPki.AFTER_SEALS_EXPIRED));

        assertRejected(() -> later.verify(DOCUMENT, sign(SealAlgorithm.ECDSA_P256_SHA256, TestPki.NOW)),
                RejectionReason.EXPIRED_CERTIFICATE);
    }

    @Test
    void a_signing_time_before_the_certificate_was_issued_is_refused() {
        byte[] backdated = sign(SealAlgorithm.SM2_SM3, TestPki.ISSUED.minus(Duration.ofDays(30)));

        assertRejected(() -> verifier.verify(DOCUMENT, backdated), RejectionReason.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void a_p256_seal_hashed_with_sha1_is_the_wrong_algorithm() throws Exception {
        assertRejected(() -> verifier.verify(DOCUMENT, signWithBouncyCastle("secp256r1", "SHA1withECDSA")),
                RejectionReason.WRONG_ALGORITHM);
    }

    @Test
    void a_p384_seal_is_the_wrong_algorithm() throws Exception {
        assertRejected(() -> verifier.verify(DOCUMENT, signWithBouncyCastle("secp384r1", "SHA384withECDSA")),
                RejectionReason.WRONG_ALGORITHM);
    }

    @Test
    void a_signature_larger_than_the_limit_is_not_parsed() {
        byte[] huge = new byte[CmsSealVerifier.MAX_SIGNATURE_BYTES + 1];

        assertRejected(() -> verifier.verify(DOCUMENT, huge), RejectionReason.TOO_LARGE);
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_mutated_seal_is_rejected_with_a_reason_never_a_crash(SealAlgorithm algorithm) {
        List<byte[]> variants = Mutations.of(sign(algorithm, TestPki.NOW), 20261127L);

        Mutations.assertVerifierRefuses(VerificationException.class, variants,
                variant -> verifier.verify(DOCUMENT, variant));
    }

    private static byte[] sign(SealAlgorithm algorithm, Instant at) {
        return new CmsSealer(TestPki.seal(algorithm), TestPki.clockAt(at)).sign(DOCUMENT);
    }

    /** A CMS made with plain Bouncy Castle and a self-signed certificate, for algorithms we never produce. */
    private static byte[] signWithBouncyCastle(String curve, String signatureAlgorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec(curve));
        KeyPair pair = generator.generateKeyPair();
        ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BouncyCastle.PROVIDER)
                .build(pair.getPrivate());
        X500Name name = new X500Name("CN=outsider");
        X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(TestPki.ISSUED), Date.from(TestPki.AFTER_SEALS_EXPIRED), name, pair.getPublic())
                .build(signer);
        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                .build(signer, certificate));
        cms.addCertificate(certificate);
        return cms.generate(new CMSProcessableByteArray(DOCUMENT), false).getEncoded(ASN1Encoding.DER);
    }
}
