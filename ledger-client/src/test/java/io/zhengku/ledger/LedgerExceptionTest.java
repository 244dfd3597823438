package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.ledger.LedgerException.Reason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LedgerExceptionTest {

    @Test
    void a_contract_refusal_is_read_by_its_code_and_is_final() {
        LedgerException e = LedgerException.refusal("SEAL_RETIRED: seal abc was retired; seal with a seal in service",
                "tx9", null);

        assertThat(e.reason()).isEqualTo(Reason.SEAL_RETIRED);
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
    void every_error_code_of_the_contract_is_a_reason() {
        // The codes of chaincode/src/main/java/io/zhengku/chaincode/ErrorCode.java, in its order.
        String[] contractCodes = {"INVALID_ARGUMENT", "NOT_REGION_ADMIN", "FOREIGN_REGION", "NO_OTHER_REGION",
            "UNKNOWN_DEPARTMENT", "DEPARTMENT_EXISTS", "TYPE_NOT_REGISTERED", "UNKNOWN_SEAL", "SEAL_EXISTS",
            "UNSUPPORTED_SEAL_ALGORITHM", "SEAL_NOT_OF_ISSUER", "SEAL_RETIRED", "SEAL_NOT_VALID_AT_ANCHOR_TIME",
            "DIGEST_ANCHORED_BY_OTHER_ISSUER", "DOCUMENT_ID_TAKEN", "DUPLICATE_IN_BATCH", "BATCH_EXISTS",
            "BATCH_ROOT_MISMATCH", "BATCH_TOO_LARGE", "NOT_FOUND", "ILLEGAL_STATUS_TRANSITION"};

        assertThat(Arrays.stream(Reason.values()).filter(Reason::isChaincodeCode).map(Reason::name))
                .containsExactly(contractCodes);
    }
}
