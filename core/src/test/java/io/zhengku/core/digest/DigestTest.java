package io.zhengku.core.digest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final String SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void the_sm3_digest_of_abc_reads_from_hex_and_prints_with_its_algorithm() {
        Digest digest = Digest.ofHex(DigestAlgorithm.SM3, SM3_ABC);

        assertThat(digest.algorithm()).isEqualTo(DigestAlgorithm.SM3);
        assertThat(digest.hex()).isEqualTo(SM3_ABC);
        assertThat(digest).hasToString("sm3:" + SM3_ABC);
    }

    @Test
    void hex_of_a_computed_sha256_matches_the_known_digest_of_the_empty_string() throws Exception {
        byte[] computed = MessageDigest.getInstance(DigestAlgorithm.SHA256.standardName()).digest(new byte[0]);

        Digest digest = new Digest(DigestAlgorithm.SHA256, computed);

        assertThat(digest.hex()).isEqualTo(SHA256_EMPTY);
        assertThat(digest).hasToString("sha256:" + SHA256_EMPTY);
        assertThat(digest).isEqualTo(Digest.ofHex(DigestAlgorithm.SHA256, SHA256_EMPTY));
    }

    @Test
    void both_algorithms_declare_32_byte_digests_and_their_standard_names() {
        assertThat(DigestAlgorithm.SHA256.length()).isEqualTo(32);
        assertThat(DigestAlgorithm.SM3.length()).isEqualTo(32);
        assertThat(DigestAlgorithm.SHA256.standardName()).isEqualTo("SHA-256");
        assertThat(DigestAlgorithm.SM3.standardName()).isEqualTo("SM3");
    }

    @Test
    void digests_are_equal_by_value_and_hash_alike() {
        Digest a = Digest.ofHex(DigestAlgorithm.SM3, SM3_ABC);
        Digest b = new Digest(DigestAlgorithm.SM3, a.bytes());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void the_same_bytes_under_another_algorithm_are_a_different_digest() {
        Digest sm3 = Digest.ofHex(DigestAlgorithm.SM3, SM3_ABC);

        assertThat(new Digest(DigestAlgorithm.SHA256, sm3.bytes())).isNotEqualTo(sm3);
    }

    @Test
    void changing_the_array_given_or_returned_does_not_change_the_digest() {
        byte[] given = Digest.ofHex(DigestAlgorithm.SM3, SM3_ABC).bytes();
        Digest digest = new Digest(DigestAlgorithm.SM3, given);

        given[0] ^= 1;
        digest.bytes()[1] ^= 1;

        assertThat(digest.hex()).isEqualTo(SM3_ABC);
    }

    @Test
    void bytes_of_the_wrong_length_are_rejected_with_the_expected_length() {
        assertThatThrownBy(() -> new Digest(DigestAlgorithm.SHA256, "abc".getBytes(UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SHA-256 digest must be 32 bytes, got 3");
    }

    @Test
    void hex_of_the_wrong_length_is_rejected_with_the_expected_length() {
        assertThatThrownBy(() -> Digest.ofHex(DigestAlgorithm.SM3, SM3_ABC.substring(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SM3 digest must be 64 lowercase hex characters, got 63");
    }

    @Test
    void uppercase_hex_is_rejected_because_a_digest_has_one_spelling() {
        assertThatThrownBy(() -> Digest.ofHex(DigestAlgorithm.SM3, SM3_ABC.toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digest hex must be lowercase; found uppercase 'C' at index 2");
    }

    @Test
    void a_digest_typed_in_uppercase_or_mixed_case_is_read_and_spelled_in_lowercase() {
        String mixed = SHA256_EMPTY.substring(0, 32).toUpperCase() + SHA256_EMPTY.substring(32);

        assertThat(Digest.ofHexIgnoringCase(DigestAlgorithm.SM3, SM3_ABC.toUpperCase()).hex()).isEqualTo(SM3_ABC);
        assertThat(Digest.ofHexIgnoringCase(DigestAlgorithm.SHA256, mixed))
                .isEqualTo(Digest.ofHex(DigestAlgorithm.SHA256, SHA256_EMPTY));
    }

    @Test
    void a_digest_read_ignoring_case_still_needs_its_length_and_hex_digits() {
        assertThatThrownBy(() -> Digest.ofHexIgnoringCase(DigestAlgorithm.SHA256, SHA256_EMPTY.toUpperCase() + "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SHA-256 digest must be 64 hex characters, got 65");
        assertThatThrownBy(() -> Digest.ofHexIgnoringCase(DigestAlgorithm.SM3, SM3_ABC.substring(1) + "G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digest hex has a non-hex character at index 63");
        assertThatThrownBy(() -> Digest.ofHexIgnoringCase(DigestAlgorithm.SM3, "\uff21" + SM3_ABC.substring(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digest hex has a non-hex character at index 0");
    }

    @Test
    void a_non_hex_character_is_rejected_with_its_position() {
        assertThatThrownBy(() -> Digest.ofHex(DigestAlgorithm.SM3, "g" + SM3_ABC.substring(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digest hex has a non-hex character at index 0");
    }

    @Test
    void a_missing_algorithm_or_value_is_refused() {
        assertThatThrownBy(() -> Digest.ofHex(null, SM3_ABC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Digest.ofHex(DigestAlgorithm.SM3, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Digest(DigestAlgorithm.SM3, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sha256_of_abc_is_the_published_value() {
        assertThat(Digest.sha256Of("abc".getBytes(UTF_8)).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
