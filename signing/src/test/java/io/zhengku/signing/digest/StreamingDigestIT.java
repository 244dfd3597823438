package io.zhengku.signing.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.signing.OpenSsl;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingDigestIT {

    @TempDir
    static Path dir;
    static Path document;

    @BeforeAll
    static void generate_a_document_of_several_mebibytes() throws IOException {
        document = dir.resolve("document.bin");
        Random random = new Random(38540);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(document)) {
            for (int i = 0; i < 5; i++) {
                random.nextBytes(block);
                out.write(block);
            }
            out.write(block, 0, 12_345);
        }
    }

    @Test
    void sm3_of_a_large_file_matches_openssl_dgst() throws Exception {
        String openssl = OpenSsl.runOk("dgst", "-sm3", "-r", document.toString());

        assertThat(openssl).startsWith(StreamingDigest.of(DigestAlgorithm.SM3, document).hex() + " ");
    }

    @Test
    void sha256_of_a_large_file_matches_openssl_dgst() throws Exception {
        String openssl = OpenSsl.runOk("dgst", "-sha256", "-r", document.toString());

        assertThat(openssl).startsWith(StreamingDigest.of(DigestAlgorithm.SHA256, document).hex() + " ");
    }
}
