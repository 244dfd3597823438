package io.zhengku.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.merkle.MerkleProofException.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InclusionProofTest {

    private static final List<byte[]> LEAVES = MerkleTreeTest.leaves(5);
    private static final MerkleTree TREE = MerkleTree.of(LEAVES);

    @Test
    void a_proof_verifies_its_own_leaf_and_refuses_another() throws Exception {
        InclusionProof proof = TREE.inclusionProof(3);

        proof.verify(LEAVES.get(3), TREE.root());
        MerkleProofException e = catchThrowableOfType(MerkleProofException.class,
                () -> proof.verify(LEAVES.get(2), TREE.root()));
        assertThat(e.reason()).isEqualTo(Reason.ROOT_MISMATCH);
    }

    @Test
    void proofs_are_equal_by_value() {
        assertThat(TREE.inclusionProof(4)).isEqualTo(MerkleTree.of(LEAVES).inclusionProof(4))
                .hasSameHashCodeAs(MerkleTree.of(LEAVES).inclusionProof(4))
                .isNotEqualTo(TREE.inclusionProof(3));
    }

    @Test
    void changing_the_hashes_given_or_returned_does_not_change_the_proof() throws Exception {
        List<byte[]> given = new ArrayList<>(TREE.inclusionProof(1).hashes());
        InclusionProof proof = new InclusionProof(1, 5, given);

        given.get(0)[0] ^= 1;
        given.clear();
        proof.hashes().get(1)[0] ^= 1;

        proof.verify(LEAVES.get(1), TREE.root());
    }

    @Test
    void the_text_form_shows_index_size_and_hashes_in_hex() {
        assertThat(MerkleTree.of(LEAVES.subList(0, 2)).inclusionProof(0).toString())
                .matches("InclusionProof\\[leafIndex=0, treeSize=2, hashes=\\[[0-9a-f]{64}]]");
    }

    @Test
    void a_proof_outside_its_tree_or_with_a_short_hash_cannot_be_built() {
        assertThatThrownBy(() -> new InclusionProof(5, 5, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InclusionProof(-1, 5, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InclusionProof(0, 2, List.of(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every proof hash must be 32 bytes");
        assertThatThrownBy(() -> new InclusionProof(0, 2, null)).isInstanceOf(NullPointerException.class);
    }
}
