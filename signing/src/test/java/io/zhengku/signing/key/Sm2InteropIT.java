package io.zhengku.signing.key;

import static java.nio.charset.StandardCharsets.UTF_8;
import static io.zhengku.signing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.OpenSsl;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SM2 cross-checked with OpenSSL at the signature level: OpenSSL 3.0's CMS cannot sign with SM2 and does not
 * apply the GM/T user ID, but {@code pkeyutl} with {@code distid} does.
 */
class Sm2InteropIT {

    private static final SealCredential SEAL = TestPki.seal(SealAlgorithm.SM2_SM3);
    private static final String DISTID = "distid:" + SealSignatures.SM2_USER_ID;

    @TempDir
    Path dir;
    Path message;
    Path privateKey;
    Path publicKey;

    @BeforeEach
    void export_the_seal_key_for_openssl() throws Exception {
        message = Files.writeString(dir.resolve("message.bin"), "电子证照 SES TBS_Sign bytes", UTF_8);
        privateKey = OpenSsl.exportPrivateKey(SEAL, dir);
        publicKey = dir.resolve("public.pem");
        OpenSsl.runOk("pkey", "-in", privateKey.toString(), "-pubout", "-out", publicKey.toString());
    }

    @Test
    void we_verify_an_sm2_signature_made_by_openssl_pkeyutl() throws Exception {
        byte[] signature = opensslSign();

        SealSignatures.verify(SealAlgorithm.SM2_SM3, SEAL.certificate().getPublicKey(),
                Files.readAllBytes(message), signature);
    }

    @Test
    void openssl_pkeyutl_verifies_our_sm2_signature() throws Exception {
        Path signature = Files.write(dir.resolve("ours.sig"), SEAL.signer().sign(Files.readAllBytes(message)));

        OpenSsl.Result result = opensslVerify(message, signature);

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(result.output()).contains("Signature Verified Successfully");
    }

    @Test
    void a_message_changed_by_one_byte_fails_in_both_directions() throws Exception {
        byte[] changed = Files.readAllBytes(message);
        changed[0] ^= 0x01;
        Path changedMessage = Files.write(dir.resolve("changed.bin"), changed);
        Path ours = Files.write(dir.resolve("ours.sig"), SEAL.signer().sign(Files.readAllBytes(message)));
        byte[] theirs = opensslSign();

        assertThat(opensslVerify(changedMessage, ours).succeeded()).isFalse();
        assertRejected(() -> SealSignatures.verify(SealAlgorithm.SM2_SM3, SEAL.certificate().getPublicKey(),
                changed, theirs), RejectionReason.BAD_SIGNATURE);
    }

    private byte[] opensslSign() throws Exception {
        Path signature = dir.resolve("openssl.sig");
        OpenSsl.runOk("pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-pkeyopt", DISTID,
                "-inkey", privateKey.toString(), "-in", message.toString(), "-out", signature.toString());
        return Files.readAllBytes(signature);
    }

    private OpenSsl.Result opensslVerify(Path content, Path signature) throws Exception {
        return OpenSsl.run("pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", DISTID,
                "-pubin", "-inkey", publicKey.toString(), "-in", content.toString(), "-sigfile", signature.toString());
    }
}
