package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CommitTest {

    @Test
    void fabric_validation_codes_become_statuses() {
        assertThat(new Commit("tx", 0, 7).status()).isEqualTo(CommitStatus.VALID);
        assertThat(CommitStatus.ofCode(9)).isEqualTo(CommitStatus.DUPLICATE_TXID);
        assertThat(CommitStatus.ofCode(10)).isEqualTo(CommitStatus.ENDORSEMENT_POLICY_FAILURE);
        assertThat(CommitStatus.ofCode(11)).isEqualTo(CommitStatus.MVCC_READ_CONFLICT);
        assertThat(CommitStatus.ofCode(12)).isEqualTo(CommitStatus.PHANTOM_READ_CONFLICT);
        assertThat(CommitStatus.ofCode(254)).isEqualTo(CommitStatus.OTHER_INVALID);
    }

    @Test
    void only_read_conflicts_are_worth_reading_back_and_resubmitting() {
        assertThat(CommitStatus.values()).filteredOn(CommitStatus::isReadConflict)
                .containsExactly(CommitStatus.MVCC_READ_CONFLICT, CommitStatus.PHANTOM_READ_CONFLICT);
    }

    @Test
    void a_negative_code_or_block_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Commit("tx", -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Commit("tx", 0, -1));
    }
}
