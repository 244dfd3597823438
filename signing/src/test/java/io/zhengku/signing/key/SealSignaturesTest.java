package io.zhengku.signing.key;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static io.zhengku.signing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.BouncyCastle;
import io.zhengku.signing.RejectionReason;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SealSignaturesTest {

    /** GB/T 32918.2 worked examples: ID "ALICE123@YAHOO.COM", message "message digest". */
    private static final byte[] ALICE = "ALICE123@YAHOO.COM".getBytes(US_ASCII);
    private static final byte[] MESSAGE_DIGEST = "message digest".getBytes(US_ASCII);

    @Test
    void the_sm2_standard_worked_example_over_a_prime_field_verifies() throws Exception {
        ECCurve curve = new ECCurve.Fp(
                hex("8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3"),
                hex("787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498"),
                hex("63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A"),
                hex("8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7"), BigInteger.ONE);
        PublicKey key = publicKey(curve,
                curve.createPoint(hex("421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D"),
                        hex("0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2")),
                hex("8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7"),
                hex("128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263"));
        byte[] signature = der("40F1EC59F793D9F49E09DCEF49130D4194F79FB1EED2CAA55BACDB49C4E755D1",
                "6FC6DAC32C5D5CF10C77DFB20F7C2EB667A457872FB09EC56327A67EC7DEEBE7");

        assertThat(SealSignatures.verifies(SealAlgorithm.SM2_SM3, key, ALICE, MESSAGE_DIGEST, signature)).isTrue();
        assertThat(SealSignatures.verifies(SealAlgorithm.SM2_SM3, key,
                SealSignatures.SM2_USER_ID.getBytes(US_ASCII), MESSAGE_DIGEST, signature)).isFalse();
    }

    @Test
    void the_sm2_standard_worked_example_over_a_binary_field_verifies() throws Exception {
        BigInteger order = hex("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFBC972CF7E6B6F900945B3C6A0CF6161D");
        ECCurve curve = new ECCurve.F2m(257, 12, BigInteger.ZERO,
                hex("E78BCD09746C202378A7E72B12BCE00266B9627ECB0B5A25367AD1AD4CC6242B"), order, BigInteger.valueOf(4));
        PublicKey key = publicKey(curve,
                curve.createPoint(hex("00CDB9CA7F1E6B0441F658343F4B10297C0EF9B6491082400A62E7A7485735FADD"),
                        hex("013DE74DA65951C4D76DC89220D5F7777A611B1C38BAE260B175951DC8060C2B3E")),
                order, hex("771EF3DBFF5F1CDC32B9C572930476191998B2BF7CB981D7F5B39202645F0931"));
        byte[] signature = der("6D3FBA26EAB2A1054F5D198332E335817C8AC453ED26D3391CD4439D825BF25B",
                "3124C5688D95F0A10252A9BED033BEC84439DA384621B6D6FAD77F94B74A9556");

        assertThat(SealSignatures.verifies(SealAlgorithm.SM2_SM3, key, ALICE, MESSAGE_DIGEST, signature)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_signature_made_by_a_software_key_verifies(SealAlgorithm algorithm) throws Exception {
        SoftwareSigner signer = SoftwareSigner.generate(algorithm);
        byte[] message = "证照".getBytes(StandardCharsets.UTF_8);

        SealSignatures.verify(algorithm, signer.publicKey(), message, signer.sign(message));
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_changed_message_is_a_bad_signature(SealAlgorithm algorithm) {
        SoftwareSigner signer = SoftwareSigner.generate(algorithm);
        byte[] signature = signer.sign("original".getBytes(US_ASCII));

        assertRejected(() -> SealSignatures.verify(algorithm, signer.publicKey(),
                "0riginal".getBytes(US_ASCII), signature), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_signature_that_is_not_der_is_a_bad_signature() {
        SoftwareSigner signer = SoftwareSigner.generate(SealAlgorithm.SM2_SM3);

        assertRejected(() -> SealSignatures.verify(SealAlgorithm.SM2_SM3, signer.publicKey(),
                new byte[] {1}, new byte[] {0x30, 0x01, 0x00}), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_p256_key_cannot_verify_an_sm2_signature() {
        SoftwareSigner p256 = SoftwareSigner.generate(SealAlgorithm.ECDSA_P256_SHA256);

        assertRejected(() -> SealSignatures.verify(SealAlgorithm.SM2_SM3, p256.publicKey(),
                new byte[] {1}, p256.sign(new byte[] {1})), RejectionReason.WRONG_ALGORITHM);
    }

    @Test
    void a_software_signer_never_prints_its_key() {
        SoftwareSigner signer = SoftwareSigner.generate(SealAlgorithm.SM2_SM3);

        assertThat(signer.toString()).isEqualTo("SoftwareSigner[sm2]");
    }

    private static PublicKey publicKey(ECCurve curve, ECPoint generator, BigInteger order, BigInteger privateKey)
            throws Exception {
        ECParameterSpec parameters = new ECParameterSpec(curve, generator, order);
        ECPoint q = generator.multiply(privateKey).normalize();
        return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePublic(new ECPublicKeySpec(q, parameters));
    }

    private static byte[] der(String r, String s) throws Exception {
        return new DERSequence(new ASN1Integer[] {new ASN1Integer(hex(r)), new ASN1Integer(hex(s))}).getEncoded();
    }

    private static BigInteger hex(String value) {
        return new BigInteger(value, 16);
    }
}
