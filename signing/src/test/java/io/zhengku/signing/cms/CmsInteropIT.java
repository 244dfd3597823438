package io.zhengku.signing.cms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static io.zhengku.signing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.OpenSsl;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.TestPki;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ECDSA CMS seals cross-checked with {@code openssl cms} in both directions. */
class CmsInteropIT {

    private static final SealCredential SEAL = TestPki.seal(SealAlgorithm.ECDSA_P256_SHA256);

    @TempDir
    Path dir;
    Path document;
    Path roots;
    CmsSealVerifier verifier;

    @BeforeEach
    void write_a_document_and_the_trusted_roots() throws Exception {
        document = Files.writeString(dir.resolve("licence.txt"), "食品经营许可证 JY13101010012345\n", UTF_8);
        roots = dir.resolve("shanghai-root.pem");
        Certificates.writePem(roots, TestPki.SHANGHAI.rootCertificates());
        verifier = new CmsSealVerifier(TestPki.shanghaiAnchors(), Clock.systemUTC());
    }

    @Test
    void openssl_verifies_our_ecdsa_seal() throws Exception {
        Path signature = Files.write(dir.resolve("licence.p7s"), new CmsSealer(SEAL, Clock.systemUTC()).sign(document));

        OpenSsl.Result result = opensslVerify(signature, document);

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(result.output()).contains("Verification successful");
    }

    @Test
    void openssl_rejects_our_seal_over_a_document_changed_by_one_byte() throws Exception {
        Path signature = Files.write(dir.resolve("licence.p7s"), new CmsSealer(SEAL, Clock.systemUTC()).sign(document));

        assertThat(opensslVerify(signature, changedCopy(document)).succeeded()).isFalse();
    }

    @Test
    void openssl_rejects_our_seal_with_one_byte_of_its_signature_changed() throws Exception {
        byte[] signature = new CmsSealer(SEAL, Clock.systemUTC()).sign(document);
        Path changed = Files.write(dir.resolve("changed.p7s"), CmsFixtures.flipLastByteOfSignatureValue(signature));

        assertThat(opensslVerify(changed, document).succeeded()).isFalse();
    }

    @Test
    void we_verify_an_ecdsa_seal_made_by_openssl() throws Exception {
        Path signature = opensslSign();

        VerifiedSeal seal = verifier.verify(document, Files.readAllBytes(signature));

        assertThat(seal.certificate()).isEqualTo(SEAL.certificate());
        assertThat(seal.algorithm()).isEqualTo(SealAlgorithm.ECDSA_P256_SHA256);
    }

    @Test
    void we_reject_an_openssl_seal_over_a_document_changed_by_one_byte() throws Exception {
        byte[] signature = Files.readAllBytes(opensslSign());

        assertRejected(() -> verifier.verify(changedCopy(document), signature), RejectionReason.DIGEST_MISMATCH);
    }

    @Test
    void we_reject_an_openssl_seal_with_one_byte_of_its_signature_changed() throws Exception {
        byte[] changed = CmsFixtures.flipLastByteOfSignatureValue(Files.readAllBytes(opensslSign()));

        assertRejected(() -> verifier.verify(document, changed), RejectionReason.BAD_SIGNATURE);
    }

    private OpenSsl.Result opensslVerify(Path signature, Path content) throws Exception {
        return OpenSsl.run("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", content.toString(), "-CAfile", roots.toString(), "-out", "/dev/null");
    }

    private Path opensslSign() throws Exception {
        Path certificate = dir.resolve("seal.pem");
        Certificates.writePem(certificate, List.of(SEAL.certificate()));
        Path key = OpenSsl.exportPrivateKey(SEAL, dir);
        Path signature = dir.resolve("openssl.p7s");
        OpenSsl.runOk("cms", "-sign", "-binary", "-in", document.toString(), "-signer", certificate.toString(),
                "-inkey", key.toString(), "-md", "sha256", "-outform", "DER", "-out", signature.toString());
        return signature;
    }

    private Path changedCopy(Path original) throws Exception {
        byte[] bytes = Files.readAllBytes(original);
        bytes[0] ^= 0x01;
        return Files.write(dir.resolve("changed-" + original.getFileName()), bytes);
    }
}
