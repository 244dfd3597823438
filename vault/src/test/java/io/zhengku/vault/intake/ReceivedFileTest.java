package io.zhengku.vault.intake;

import static io.zhengku.vault.intake.Uploads.assertNoFilesIn;
import static io.zhengku.vault.intake.Uploads.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivedFileTest {

    private static final UploadLimits LIMITS = UploadLimits.defaults().withMaxBytes(100_000);

    @TempDir
    Path tempDir;

    @Test
    void the_sm3_of_abc_is_the_gbt_32905_example_and_the_sha256_is_the_jdks() throws Exception {
        try (ReceivedFile file = receive(Fixtures.utf8("abc"))) {
            assertThat(file.sm3()).isEqualTo(Digest.ofHex(DigestAlgorithm.SM3,
                    "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
            assertThat(file.sha256().bytes())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(Fixtures.utf8("abc")));
        }
    }

    @Test
    void a_file_larger_than_the_read_buffer_keeps_its_bytes_size_and_digest() throws Exception {
        byte[] bytes = new byte[99_999];
        new Random(7).nextBytes(bytes);
        try (ReceivedFile file = receive(bytes)) {
            assertThat(file.size()).isEqualTo(bytes.length);
            assertThat(file.sha256().bytes()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(bytes));
            try (InputStream in = file.openStream()) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
            assertThat(file.path()).startsWith(tempDir).hasBinaryContent(bytes);
        }
    }

    @Test
    void an_empty_upload_is_refused_and_leaves_no_temp_file() throws IOException {
        assertRefused(() -> receive(new byte[0]), IntakeProblem.FILE_EMPTY);
        assertNoFilesIn(tempDir);
    }

    @Test
    void an_upload_of_exactly_the_limit_is_accepted() throws IOException {
        try (ReceivedFile file = receive(new byte[100_000])) {
            assertThat(file.size()).isEqualTo(100_000);
        }
    }

    @Test
    void one_byte_over_the_limit_is_refused_and_leaves_no_temp_file() throws IOException {
        assertRefused(() -> receive(new byte[100_001]), IntakeProblem.FILE_TOO_LARGE);
        assertNoFilesIn(tempDir);
    }

    @Test
    void reading_an_endless_upload_stops_one_byte_past_the_limit() throws IOException {
        EndlessZeros endless = new EndlessZeros();
        assertRefused(() -> ReceivedFile.receive(endless, tempDir, LIMITS), IntakeProblem.FILE_TOO_LARGE);
        assertThat(endless.served).isEqualTo(LIMITS.maxBytes() + 1);
        assertNoFilesIn(tempDir);
    }

    @Test
    void an_upload_that_breaks_off_leaves_no_temp_file() throws IOException {
        InputStream breaking = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> ReceivedFile.receive(breaking, tempDir, LIMITS)).isInstanceOf(IOException.class);
        assertNoFilesIn(tempDir);
    }

    @Test
    void closing_deletes_the_temp_file_and_closing_again_does_nothing() throws IOException {
        ReceivedFile file = receive(Fixtures.utf8("abc"));
        Path path = file.path();
        file.close();
        file.close();
        assertThat(path).doesNotExist();
        assertNoFilesIn(tempDir);
        assertThatThrownBy(file::openStream).isInstanceOf(IllegalStateException.class);
    }

    private ReceivedFile receive(byte[] bytes) throws IOException {
        return ReceivedFile.receive(new ByteArrayInputStream(bytes), tempDir, LIMITS);
    }

    /** Serves zero bytes forever and counts how many were taken. */
    private static final class EndlessZeros extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            served += length;
            return length;
        }
    }
}
