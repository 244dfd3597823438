package io.zhengku.core.merkle;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.merkle.MerkleProofException.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MerkleVerifierTest {

    private static final int SIZE = 13;
    private static final int INDEX = 6;
    private static final List<byte[]> LEAVES = MerkleTreeTest.leaves(SIZE);
    private static final MerkleTree TREE = MerkleTree.of(LEAVES);
    private static final List<byte[]> PROOF = TREE.inclusionProof(INDEX).hashes();
    private static final byte[] LEAF = LEAVES.get(INDEX);
    private static final byte[] ROOT = TREE.root();

    private static Reason failure(ThrowingCallable verification) {
        MerkleProofException e = catchThrowableOfType(MerkleProofException.class, verification);
        assertThat(e).as("a MerkleProofException").isNotNull();
        return e.reason();
    }

    private static Reason failure(byte[] leaf, long index, long size, List<byte[]> proof, byte[] root) {
        return failure(() -> MerkleVerifier.verify(leaf, index, size, proof, root));
    }

    private static byte[] flipped(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    @Test
    void the_unaltered_proof_verifies() {
        assertThatCode(() -> MerkleVerifier.verify(LEAF, INDEX, SIZE, PROOF, ROOT)).doesNotThrowAnyException();
    }

    @Test
    void a_flipped_bit_anywhere_in_the_leaf_fails_with_root_mismatch() {
        for (int bit = 0; bit < LEAF.length * 8; bit++) {
            assertThat(failure(flipped(LEAF, bit), INDEX, SIZE, PROOF, ROOT)).isEqualTo(Reason.ROOT_MISMATCH);
        }
    }

    @Test
    void a_flipped_bit_anywhere_in_any_proof_hash_fails_with_root_mismatch() {
        for (int k = 0; k < PROOF.size(); k++) {
            for (int bit = 0; bit < 256; bit++) {
                List<byte[]> altered = new ArrayList<>(PROOF);
                altered.set(k, flipped(PROOF.get(k), bit));
                assertThat(failure(LEAF, INDEX, SIZE, altered, ROOT)).as("hash %d bit %d", k, bit)
                        .isEqualTo(Reason.ROOT_MISMATCH);
            }
        }
    }

    @Test
    void a_flipped_bit_anywhere_in_the_root_fails_with_root_mismatch() {
        for (int bit = 0; bit < 256; bit++) {
            assertThat(failure(LEAF, INDEX, SIZE, PROOF, flipped(ROOT, bit))).isEqualTo(Reason.ROOT_MISMATCH);
        }
    }

    @Test
    void a_flipped_bit_in_every_input_of_every_proof_of_small_trees_fails() {
        for (int size = 1; size <= 64; size++) {
            List<byte[]> leaves = MerkleTreeTest.leaves(size);
            MerkleTree tree = MerkleTree.of(leaves);
            for (int i = 0; i < size; i++) {
                List<byte[]> proof = tree.inclusionProof(i).hashes();
                assertThat(failure(flipped(leaves.get(i), 3), i, size, proof, tree.root()))
                        .isEqualTo(Reason.ROOT_MISMATCH);
                assertThat(failure(leaves.get(i), i, size, proof, flipped(tree.root(), 200)))
                        .isEqualTo(Reason.ROOT_MISMATCH);
                for (int k = 0; k < proof.size(); k++) {
                    List<byte[]> altered = new ArrayList<>(proof);
                    altered.set(k, flipped(proof.get(k), 7 * k));
                    assertThat(failure(leaves.get(i), i, size, altered, tree.root())).isEqualTo(Reason.ROOT_MISMATCH);
                }
            }
        }
    }

    @Test
    void another_index_with_a_path_of_the_same_length_fails_with_root_mismatch() {
        for (long other : new long[] {0, 5, 7, 11}) {
            assertThat(failure(LEAF, other, SIZE, PROOF, ROOT)).as("index %d", other).isEqualTo(Reason.ROOT_MISMATCH);
        }
    }

    @Test
    void another_index_with_a_path_of_another_length_fails_with_wrong_proof_length() {
        assertThat(failure(LEAF, 12, SIZE, PROOF, ROOT)).isEqualTo(Reason.WRONG_PROOF_LENGTH);
    }

    @Test
    void a_wrong_size_that_keeps_the_path_shape_is_not_detectable_so_root_and_size_must_be_read_together()
            throws Exception {
        // RFC 6962 hashes never include the size: 13 and 14 leaves give index 6 the same path shape, so the
        // proof climbs identically. Verifiers must take the size from the same anchored record as the root.
        MerkleVerifier.verify(LEAF, INDEX, 14, PROOF, ROOT);
        MerkleVerifier.verify(LEAF, INDEX, 9, PROOF, ROOT);
    }

    @Test
    void another_size_with_a_path_of_another_length_fails_with_wrong_proof_length() {
        assertThat(failure(LEAF, INDEX, 7, PROOF, ROOT)).isEqualTo(Reason.WRONG_PROOF_LENGTH);
        assertThat(failure(LEAF, INDEX, 100, PROOF, ROOT)).isEqualTo(Reason.WRONG_PROOF_LENGTH);
    }

    @Test
    void an_index_outside_the_tree_fails_with_index_out_of_range() {
        assertThat(failure(LEAF, SIZE, SIZE, PROOF, ROOT)).isEqualTo(Reason.INDEX_OUT_OF_RANGE);
        assertThat(failure(LEAF, -1, SIZE, PROOF, ROOT)).isEqualTo(Reason.INDEX_OUT_OF_RANGE);
        assertThat(failure(LEAF, 0, 0, List.of(), ROOT)).isEqualTo(Reason.INDEX_OUT_OF_RANGE);
        assertThat(failure(LEAF, 0, -5, List.of(), ROOT)).isEqualTo(Reason.INDEX_OUT_OF_RANGE);
    }

    @Test
    void a_proof_with_a_hash_added_or_removed_fails_with_wrong_proof_length() {
        List<byte[]> longer = new ArrayList<>(PROOF);
        longer.add(ROOT);

        assertThat(failure(LEAF, INDEX, SIZE, longer, ROOT)).isEqualTo(Reason.WRONG_PROOF_LENGTH);
        assertThat(failure(LEAF, INDEX, SIZE, PROOF.subList(0, PROOF.size() - 1), ROOT))
                .isEqualTo(Reason.WRONG_PROOF_LENGTH);
        assertThat(failure(LEAF, INDEX, SIZE, List.of(), ROOT)).isEqualTo(Reason.WRONG_PROOF_LENGTH);
    }

    @Test
    void the_first_leaf_of_the_largest_tree_needs_a_63_hash_path_without_overflow() {
        assertThat(failure(LEAF, 0, Long.MAX_VALUE, List.of(), ROOT)).isEqualTo(Reason.WRONG_PROOF_LENGTH);
        assertThat(MerkleVerifier.siblingSides(0, Long.MAX_VALUE)).hasSize(63).containsOnly(false);
        assertThat(MerkleVerifier.siblingSides(Long.MAX_VALUE - 1, Long.MAX_VALUE)).hasSize(62).containsOnly(true);
    }

    @Test
    void the_wrong_length_message_says_how_many_hashes_were_expected() {
        MerkleProofException e = catchThrowableOfType(MerkleProofException.class,
                () -> MerkleVerifier.verify(LEAF, INDEX, SIZE, List.of(), ROOT));

        assertThat(e).hasMessage("a proof for leaf 6 of 13 has 4 hashes, this one has 0");
    }

    @Test
    void an_interior_node_cannot_pass_as_a_leaf() {
        MerkleTree pair = MerkleTree.of(MerkleTreeTest.leaves(2));
        MerkleHasher hasher = new MerkleHasher();
        byte[] left = hasher.leafHash(MerkleTreeTest.leaves(2).get(0));
        byte[] right = hasher.leafHash(MerkleTreeTest.leaves(2).get(1));
        byte[] forgedLeaf = new byte[64];
        System.arraycopy(left, 0, forgedLeaf, 0, 32);
        System.arraycopy(right, 0, forgedLeaf, 32, 32);

        assertThat(failure(forgedLeaf, 0, 1, List.of(), pair.root())).isEqualTo(Reason.ROOT_MISMATCH);
    }

    @Test
    void missing_or_wrongly_sized_inputs_fail_as_malformed() {
        assertThat(failure(null, INDEX, SIZE, PROOF, ROOT)).isEqualTo(Reason.MALFORMED);
        assertThat(failure(LEAF, INDEX, SIZE, null, ROOT)).isEqualTo(Reason.MALFORMED);
        assertThat(failure(LEAF, INDEX, SIZE, PROOF, null)).isEqualTo(Reason.MALFORMED);
        assertThat(failure(LEAF, INDEX, SIZE, PROOF, Arrays.copyOf(ROOT, 31))).isEqualTo(Reason.MALFORMED);
        List<byte[]> longHash = new ArrayList<>(PROOF);
        longHash.set(1, Arrays.copyOf(PROOF.get(1), 33));
        assertThat(failure(LEAF, INDEX, SIZE, longHash, ROOT)).isEqualTo(Reason.MALFORMED);
        List<byte[]> nullHash = new ArrayList<>(PROOF);
        nullHash.set(0, null);
        assertThat(failure(LEAF, INDEX, SIZE, nullHash, ROOT)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void an_empty_leaf_is_a_valid_leaf() {
        List<byte[]> leaves = List.of(new byte[0], "x".getBytes(UTF_8));
        MerkleTree tree = MerkleTree.of(leaves);

        assertThatCode(() -> tree.inclusionProof(0).verify(new byte[0], tree.root())).doesNotThrowAnyException();
    }
}
