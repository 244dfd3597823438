package io.zhengku.signing.ses;

import static io.zhengku.signing.Rejections.assertRejected;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.testing.Mutations;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.TestPki;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.digest.StreamingDigest;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.DevPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Primitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SesVerifierTest {

    private static final byte[] DOCUMENT = "<ofd:OFD>食品经营许可证</ofd:OFD>".getBytes(UTF_8);
    private static final Digest DOCUMENT_SM3 = StreamingDigest.of(DigestAlgorithm.SM3, DOCUMENT);

    private final SesVerifier verifier = new SesVerifier(TestPki.shanghaiAnchors(), TestPki.clockAt(TestPki.NOW));

    @Test
    void a_sealed_document_verifies_with_the_seal_and_its_signer() throws Exception {
        VerifiedSesSignature verified = verifier.verify(DOCUMENT_SM3, sign(TestPki.NOW).getEncoded());

        assertThat(verified.esId()).isEqualTo("31010100000001");
        assertThat(verified.sealName()).isEqualTo("行政审批专用章");
        assertThat(verified.signer()).isEqualTo(SesFixtures.SIGNER.certificate());
        assertThat(verified.maker()).isEqualTo(SesFixtures.MAKER.certificate());
        assertThat(verified.signedAt()).isEqualTo(TestPki.NOW);
    }

    @Test
    void a_sealed_file_verifies_from_the_file(@TempDir Path dir) throws Exception {
        Path document = Files.write(dir.resolve("licence.ofd"), DOCUMENT);
        byte[] der = new SesSigner(SesFixtures.SIGNER, SesFixtures.SEAL, TestPki.clockAt(TestPki.NOW))
                .sign(document, "licence.ofd").getEncoded();

        assertThat(verifier.verify(document, der).esId()).isEqualTo("31010100000001");
    }

    @Test
    void the_der_parses_back_into_the_same_structure() throws Exception {
        byte[] der = sign(TestPki.NOW).getEncoded();

        SesSignature parsed = SesSignature.getInstance(ASN1Primitive.fromByteArray(der));

        SesSealInfo info = parsed.toSign().seal().sealInfo();
        assertThat(info.header().vendorId()).isEqualTo(SesSealMaker.VENDOR_ID);
        assertThat(info.picture().type()).isEqualTo("PNG");
        assertThat(info.picture().data()).isEqualTo(SesFixtures.redCircle());
        assertThat(parsed.toSign().dataHash()).isEqualTo(DOCUMENT_SM3.bytes());
        assertThat(parsed.getEncoded()).isEqualTo(der);
    }

    @Test
    void a_one_byte_change_in_the_document_is_a_digest_mismatch() throws Exception {
        byte[] changed = DOCUMENT.clone();
        changed[1] ^= 0x01;
        byte[] der = sign(TestPki.NOW).getEncoded();

        assertRejected(() -> verifier.verify(StreamingDigest.of(DigestAlgorithm.SM3, changed), der),
                RejectionReason.DIGEST_MISMATCH);
    }

    @Test
    void a_one_byte_change_in_the_signers_signature_is_a_bad_signature() throws Exception {
        SesSignature signature = sign(TestPki.NOW);
        SignatureBlock block = signature.signature();
        byte[] value = block.value();
        value[value.length - 1] ^= 0x01;

        byte[] changed = new SesSignature(signature.toSign(),
                new SignatureBlock(block.certificate(), block.algorithm(), value), null).getEncoded();

        assertRejected(() -> verifier.verify(DOCUMENT_SM3, changed), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_seal_renamed_after_the_maker_signed_it_is_a_bad_signature() throws Exception {
        SesSealInfo original = SesFixtures.SEAL.sealInfo();
        SesPropertyInfo property = original.property();
        SesPropertyInfo renamed = new SesPropertyInfo(property.type(), "合同专用章",
                List.of(SesFixtures.SIGNER.certificate().getEncoded()), property.createDate(),
                property.validStart(), property.validEnd());
        SesSeal forged = new SesSeal(new SesSealInfo(original.header(), original.esId(), renamed, original.picture()),
                SesFixtures.SEAL.makerSignature());

        byte[] der = new SesSigner(SesFixtures.SIGNER, forged, TestPki.clockAt(TestPki.NOW))
                .sign(DOCUMENT_SM3, "licence.ofd").getEncoded();

        assertRejected(() -> verifier.verify(DOCUMENT_SM3, der), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_signer_the_seal_does_not_list_is_an_unknown_key() throws Exception {
        SealCredential stranger = TestPki.SHANGHAI.issueSeal(DevPki.DEMO_DEPARTMENT, SealAlgorithm.SM2_SM3,
                TestPki.ISSUED);
        TbsSign tbs = new TbsSign(SesFixtures.SEAL, TestPki.NOW, DOCUMENT_SM3.bytes(), "licence.ofd", null);

        byte[] der = new SesSignature(tbs, SignatureBlock.sign(stranger, tbs), null).getEncoded();

        assertRejected(() -> verifier.verify(DOCUMENT_SM3, der), RejectionReason.UNKNOWN_KEY);
    }

    @Test
    void a_signature_made_after_the_seal_lapsed_is_refused() throws Exception {
        Instant later = SesFixtures.SEAL_VALID_UNTIL.plus(Duration.ofDays(1));
        SesVerifier laterVerifier = new SesVerifier(TestPki.shanghaiAnchors(), TestPki.clockAt(later));

        byte[] der = sign(later).getEncoded();

        assertRejected(() -> laterVerifier.verify(DOCUMENT_SM3, der), RejectionReason.SEAL_NOT_IN_FORCE);
    }

    @Test
    void a_signature_verified_after_the_signer_certificate_expired_is_an_expired_certificate() throws Exception {
        SesVerifier later = new SesVerifier(TestPki.shanghaiAnchors(), TestPki.clockAt(TestPki.AFTER_SEALS_EXPIRED));
        byte[] der = sign(TestPki.NOW).getEncoded();

        assertRejected(() -> later.verify(DOCUMENT_SM3, der), RejectionReason.EXPIRED_CERTIFICATE);
    }

    @Test
    void a_signature_algorithm_other_than_sm2_is_the_wrong_algorithm() throws Exception {
        SesSignature signature = sign(TestPki.NOW);
        SignatureBlock block = signature.signature();

        byte[] der = new SesSignature(signature.toSign(), new SignatureBlock(block.certificate(),
                SealAlgorithm.ECDSA_P256_SHA256.signatureOid(), block.value()), null).getEncoded();

        assertRejected(() -> verifier.verify(DOCUMENT_SM3, der), RejectionReason.WRONG_ALGORITHM);
    }

    @Test
    void trailing_bytes_after_the_structure_are_malformed() throws Exception {
        byte[] der = sign(TestPki.NOW).getEncoded();
        byte[] longer = Arrays.copyOf(der, der.length + 1);

        assertRejected(() -> verifier.verify(DOCUMENT_SM3, longer), RejectionReason.MALFORMED);
    }

    @Test
    void a_seal_maker_with_a_p256_key_is_refused() {
        SesSealMaker p256Maker = new SesSealMaker(TestPki.seal(SealAlgorithm.ECDSA_P256_SHA256),
                TestPki.clockAt(TestPki.NOW));

        assertThatThrownBy(() -> p256Maker.make(SesFixtures.description()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_mutated_ses_signature_is_rejected_with_a_reason_never_a_crash() throws Exception {
        List<byte[]> variants = Mutations.of(sign(TestPki.NOW).getEncoded(), 20261127L);

        Mutations.assertVerifierRefuses(VerificationException.class, variants,
                variant -> verifier.verify(DOCUMENT_SM3, variant));
    }

    private static SesSignature sign(Instant at) {
        return new SesSigner(SesFixtures.SIGNER, SesFixtures.SEAL, TestPki.clockAt(at)).sign(DOCUMENT_SM3,
                "/Doc_0/Signs/Sign_0/Signature.xml");
    }
}
