package io.zhengku.signing.digest;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.digest.DigestAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamingDigestTest {

    @Test
    void sm3_of_abc_is_the_published_vector() {
        assertThat(StreamingDigest.of(DigestAlgorithm.SM3, "abc".getBytes(US_ASCII)).hex())
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3_of_abcd_sixteen_times_is_the_published_vector() {
        byte[] message = "abcd".repeat(16).getBytes(US_ASCII);

        assertThat(StreamingDigest.of(DigestAlgorithm.SM3, message).hex())
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sha256_of_abc_is_the_published_vector() {
        assertThat(StreamingDigest.of(DigestAlgorithm.SHA256, "abc".getBytes(US_ASCII)).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_stream_longer_than_the_buffer_hashes_like_the_whole_array() throws IOException {
        byte[] document = new byte[StreamingDigest.BUFFER_SIZE * 3 + 17];
        new Random(7).nextBytes(document);

        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            assertThat(StreamingDigest.of(algorithm, new ByteArrayInputStream(document)))
                    .isEqualTo(StreamingDigest.of(algorithm, document));
        }
    }

    @Test
    void updates_in_pieces_give_the_digest_of_the_concatenation() {
        byte[] message = "abcd".repeat(16).getBytes(US_ASCII);
        StreamingDigest running = new StreamingDigest(DigestAlgorithm.SM3);

        running.update(message, 0, 10).update(message, 10, message.length - 10);

        assertThat(running.finish()).isEqualTo(StreamingDigest.of(DigestAlgorithm.SM3, message));
    }

    @Test
    void finishing_starts_the_running_digest_over() {
        byte[] abc = "abc".getBytes(US_ASCII);
        StreamingDigest running = new StreamingDigest(DigestAlgorithm.SHA256);
        running.update(abc, 0, abc.length).finish();

        assertThat(running.update(abc, 0, abc.length).finish())
                .isEqualTo(StreamingDigest.of(DigestAlgorithm.SHA256, abc));
    }
}
