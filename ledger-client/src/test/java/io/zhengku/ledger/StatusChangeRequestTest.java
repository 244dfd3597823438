package io.zhengku.ledger;

import static io.zhengku.ledger.Samples.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.json.InvalidFieldException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusChangeRequestTest {

    @Test
    void each_change_names_its_contract_transaction_and_arguments() {
        assertThat(List.<StatusChangeRequest>of(new StatusChangeRequest.Suspend(sha(1), "UNDER_REVIEW", "audit"),
                new StatusChangeRequest.Reinstate(sha(1)),
                new StatusChangeRequest.Revoke(sha(1), "HOLDER_REQUEST", "business closed"),
                new StatusChangeRequest.Supersede(sha(1), sha(2))))
                .extracting(StatusChangeRequest::transactionName, StatusChangeRequest::arguments)
                .map(tuple -> tuple.toList())
                .containsExactly(
                        List.of("suspend", List.of(sha(1), "UNDER_REVIEW", "audit")),
                        List.of("reinstate", List.of(sha(1))),
                        List.of("revoke", List.of(sha(1), "HOLDER_REQUEST", "business closed")),
                        List.of("supersede", List.of(sha(1), sha(2))));
    }

    @Test
    void a_document_cannot_supersede_itself() {
        assertThatThrownBy(() -> new StatusChangeRequest.Supersede(sha(1), sha(1)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidFieldException.Reason.INCONSISTENT));
    }

    @Test
    void a_malformed_digest_or_reason_is_refused_before_anything_is_submitted() {
        assertThatThrownBy(() -> new StatusChangeRequest.Reinstate("ABC")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new StatusChangeRequest.Revoke(sha(1), "holder request", "closed"))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new StatusChangeRequest.Suspend(sha(1), "AUDIT", "x".repeat(201)))
                .isInstanceOf(InvalidFieldException.class);
    }
}
