package io.zhengku.core.merkle;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The eight leaves of the Certificate Transparency test vectors. */
    private static final List<byte[]> CT_LEAVES = Stream.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f").map(HEX::parseHex).toList();

    static List<byte[]> leaves(int n) {
        return IntStream.range(0, n).mapToObj(i -> ("entry-" + i).getBytes(UTF_8)).toList();
    }

    static IntStream smallSizes() {
        return IntStream.rangeClosed(1, 64);
    }

    static IntStream largerSizes() {
        return IntStream.of(65, 100, 127, 128, 129, 255, 256, 257, 511, 512, 513, 777, 999, 1000);
    }

    @Test
    void the_empty_tree_has_the_sha256_of_the_empty_string_as_root() {
        MerkleTree tree = MerkleTree.of(List.of());

        assertThat(tree.size()).isZero();
        assertThat(HEX.formatHex(tree.root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    // Expected roots computed independently with `openssl dgst -sha256` following RFC 6962 by hand; they
    // agree with the published Certificate Transparency test vectors.
    @ParameterizedTest(name = "the first {0} test leaves have root {1}")
    @CsvSource({
        "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    })
    void roots_match_the_rfc_6962_known_answers(int size, String root) {
        assertThat(HEX.formatHex(MerkleTree.of(CT_LEAVES.subList(0, size)).root())).isEqualTo(root);
    }

    @ParameterizedTest(name = "leaf {0} of {1} has audit path {2}")
    @CsvSource({
        "0, 8, 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"
                + " 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"
                + " 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        "5, 8, bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
                + " ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"
                + " d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "2, 3, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "6, 7, 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"
                + " d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    })
    void audit_paths_match_the_rfc_6962_known_answers(int index, int size, String path) {
        List<byte[]> hashes = MerkleTree.of(CT_LEAVES.subList(0, size)).inclusionProof(index).hashes();

        assertThat(hashes.stream().map(HEX::formatHex)).containsExactly(path.split(" "));
    }

    @Test
    void a_single_leaf_tree_has_the_leaf_hash_as_root_and_an_empty_proof() {
        MerkleTree tree = MerkleTree.of(List.of("only".getBytes(UTF_8)));

        assertThat(tree.root()).isEqualTo(Rfc6962Reference.mth(List.of("only".getBytes(UTF_8))));
        assertThat(tree.inclusionProof(0).hashes()).isEmpty();
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("smallSizes")
    void every_proof_of_a_small_tree_equals_the_literal_rfc_6962_path_and_verifies(int size) throws Exception {
        List<byte[]> leaves = leaves(size);
        MerkleTree tree = MerkleTree.of(leaves);

        assertThat(tree.root()).isEqualTo(Rfc6962Reference.mth(leaves));
        for (int i = 0; i < size; i++) {
            InclusionProof proof = tree.inclusionProof(i);
            assertThat(proof.hashes()).as("path %d of %d", i, size)
                    .containsExactlyElementsOf(Rfc6962Reference.path(i, leaves));
            MerkleVerifier.verify(leaves.get(i), i, size, proof.hashes(), tree.root());
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("largerSizes")
    void every_proof_of_a_larger_tree_verifies_against_the_literal_rfc_6962_root(int size) throws Exception {
        List<byte[]> leaves = leaves(size);
        MerkleTree tree = MerkleTree.of(leaves);

        assertThat(tree.size()).isEqualTo(size);
        assertThat(tree.root()).isEqualTo(Rfc6962Reference.mth(leaves));
        for (int i = 0; i < size; i++) {
            MerkleVerifier.verify(leaves.get(i), i, size, tree.inclusionProof(i).hashes(), tree.root());
        }
    }

    @Test
    void the_proofs_of_a_thousand_leaf_tree_equal_the_literal_rfc_6962_paths() {
        List<byte[]> leaves = leaves(1000);
        MerkleTree tree = MerkleTree.of(leaves);

        for (int i = 0; i < 1000; i += 37) {
            assertThat(tree.inclusionProof(i).hashes()).containsExactlyElementsOf(Rfc6962Reference.path(i, leaves));
        }
        assertThat(tree.inclusionProof(999).hashes()).containsExactlyElementsOf(Rfc6962Reference.path(999, leaves));
    }

    @Test
    void a_proof_is_asked_only_for_a_leaf_of_the_tree() {
        MerkleTree tree = MerkleTree.of(leaves(3));

        assertThatThrownBy(() -> tree.inclusionProof(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> tree.inclusionProof(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> MerkleTree.of(List.of()).inclusionProof(0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void the_order_of_the_leaves_changes_the_root() {
        List<byte[]> reversed = new ArrayList<>(leaves(5));
        Collections.reverse(reversed);

        assertThat(MerkleTree.of(reversed).root()).isNotEqualTo(MerkleTree.of(leaves(5)).root());
    }

    @Test
    void changing_the_returned_root_does_not_change_the_tree() {
        MerkleTree tree = MerkleTree.of(leaves(4));
        byte[] root = tree.root();

        root[0] ^= 1;

        assertThat(tree.root()).isNotEqualTo(root);
        assertThatCode(() -> tree.inclusionProof(1).verify(leaves(4).get(1), tree.root()))
                .doesNotThrowAnyException();
    }

    @Test
    void a_missing_leaf_is_refused_naming_its_index() {
        assertThatThrownBy(() -> MerkleTree.of(Arrays.asList(new byte[0], null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("leaf 1 is null");
    }
}
