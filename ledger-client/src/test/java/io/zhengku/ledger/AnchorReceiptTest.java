package io.zhengku.ledger;

import static io.zhengku.ledger.Samples.material;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.merkle.InclusionProof;
import io.zhengku.core.merkle.MerkleProofException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorReceiptTest {

    private final AnchorBatch batch = AnchorBatch.of("sh-1", List.of(material(1), material(2), material(3)));

    private AnchorReceipt receiptFor(int index) {
        InclusionProof proof = batch.merkleTree().inclusionProof(index);
        return new AnchorReceipt("tx1", 5, "sh-1", index, 3, batch.merkleRoot(), proof);
    }

    @Test
    void a_receipt_verifies_its_own_entry_and_no_other() throws Exception {
        receiptFor(1).verify(material(2));

        assertThatThrownBy(() -> receiptFor(1).verify(material(1))).isInstanceOf(MerkleProofException.class);
    }

    @Test
    void a_proof_for_another_leaf_or_tree_size_is_refused() {
        InclusionProof proof = batch.merkleTree().inclusionProof(1);

        assertThatIllegalArgumentException().isThrownBy(
                () -> new AnchorReceipt("tx1", 5, "sh-1", 2, 3, batch.merkleRoot(), proof));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AnchorReceipt("tx1", 5, "sh-1", 1, 4, batch.merkleRoot(), proof));
    }
}
