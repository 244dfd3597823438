package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.LedgerException.Reason;
import org.junit.jupiter.api.Test;

class LedgerExceptionTest {

    @Test
    void a_contract_refusal_is_read_by_its_code_and_is_final() {
        LedgerException e = LedgerException.refusal("SEAL_RETIRED: seal abc was retired; seal with a seal in service",
                "tx9", null);

        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.refusalCode()).contains(RefusalCode.SEAL_RETIRED);
        assertThat(e.isRefusedWith(RefusalCode.SEAL_RETIRED)).isTrue();
        assertThat(e.isTransient()).isFalse();
        assertThat(e.transactionId()).contains("tx9");
        assertThat(e.batchEntry()).isEmpty();
    }

    @Test
    void the_batch_entry_a_refusal_names_is_read() {
        LedgerException e = LedgerException.refusal("TYPE_NOT_REGISTERED: batch entry 731: department"
                + " 113100000024178544 is not registered for type 21100000000000000M001", null, null);

        assertThat(e.batchEntry()).hasValue(731);
    }

    @Test
    void a_message_without_a_known_code_is_an_unrecognised_refusal() {
        assertThat(LedgerException.refusal("BROKEN: something", null, null).reason())
                .isEqualTo(Reason.UNRECOGNISED_REFUSAL);
        assertThat(LedgerException.refusal("no code at all", null, null).reason())
                .isEqualTo(Reason.UNRECOGNISED_REFUSAL);
    }

    @Test
    void a_transport_reason_spelled_as_a_code_is_not_taken_for_a_contract_refusal() {
        LedgerException e = LedgerException.refusal("TIMEOUT: batch entry 3: slow", null, null);

        assertThat(e.reason()).isEqualTo(Reason.UNRECOGNISED_REFUSAL);
        assertThat(e.refusalCode()).isEmpty();
        assertThat(e.isTransient()).isFalse();
        assertThat(e.batchEntry()).isEmpty();
    }

    @Test
    void transport_failures_are_transient_unless_said_otherwise() {
        assertThat(new LedgerException(Reason.TIMEOUT, "no status").isTransient()).isTrue();
        assertThat(new LedgerException(Reason.UNAVAILABLE, "down").isTransient()).isTrue();
        assertThat(new LedgerException(Reason.MVCC_CONFLICT, "conflict").isTransient()).isTrue();
        assertThat(new LedgerException(Reason.ENDORSEMENT_FAILURE, "mismatch").isTransient()).isTrue();
        assertThat(new LedgerException(Reason.UNAVAILABLE, false, null, "gave up", null).isTransient()).isFalse();
        assertThat(new LedgerException(Reason.COMMIT_INVALID, "invalid").isTransient()).isFalse();
    }

    @Test
    void a_refusal_the_client_gives_before_asking_the_contract_is_final_and_names_its_entry() {
        LedgerException e = new LedgerException(RefusalCode.DUPLICATE_IN_BATCH, "batch entry 2 repeats a digest");

        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.refusalCode()).contains(RefusalCode.DUPLICATE_IN_BATCH);
        assertThat(e.isTransient()).isFalse();
        assertThat(e.batchEntry()).hasValue(2);
    }

    @Test
    void a_transport_failure_has_no_refusal_code_and_cannot_claim_to_be_one() {
        LedgerException e = new LedgerException(Reason.TIMEOUT, "no status for batch entry 4");

        assertThat(e.refusalCode()).isEmpty();
        assertThat(e.isRefusedWith(RefusalCode.NOT_FOUND)).isFalse();
        assertThat(e.batchEntry()).isEmpty();
        assertThatThrownBy(() -> new LedgerException(Reason.REFUSED, "refused"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RefusalCode");
    }

    @Test
    void every_refusal_code_of_the_contract_is_read_from_its_message() {
        for (RefusalCode code : RefusalCode.values()) {
            assertThat(LedgerException.refusal(code.name() + ": refused", null, null).refusalCode()).contains(code);
        }
    }

    @Test
    void no_reason_repeats_a_contract_code() {
        assertThat(Reason.values()).noneMatch(reason -> RefusalCode.named(reason.name()).isPresent());
    }
}
