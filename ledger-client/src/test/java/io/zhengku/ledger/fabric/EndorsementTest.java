package io.zhengku.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.LedgerException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EndorsementTest {

    @Test
    void an_error_naming_a_code_is_the_contracts_refusal() {
        Endorsement refused = error("error in simulation: transaction returned with failure: SEAL_RETIRED: seal ab",
                "SEAL_RETIRED");

        assertThat(refused.refusal("tx")).get().satisfies(e -> {
            assertThat(e.isRefusedWith(RefusalCode.SEAL_RETIRED)).isTrue();
            assertThat(e.isTransient()).isFalse();
        });
    }

    @Test
    void a_contract_error_without_a_code_is_an_unrecognised_refusal() {
        assertThat(error("error in simulation: transaction returned with failure: Undefined contract method called",
                "").refusal("tx")).get().extracting(LedgerException::reason)
                .isEqualTo(LedgerException.Reason.UNRECOGNISED_REFUSAL);
    }

    @Test
    void a_chaincode_server_the_peer_cannot_reach_is_no_refusal() {
        // What a peer answered in ./zk chaos ledger while its chaincode server was down.
        Endorsement unreachable = error("error in simulation: failed to execute transaction 9fab: could not launch"
                + " chaincode zhengku:5b88: connection to zhengku:5b88 failed: error cannot create connection for"
                + " zhengku:5b88: error creating grpc connection to 127.0.0.1:10000", "");

        assertThat(unreachable.refusal("tx")).isEmpty();
    }

    private static Endorsement error(String message, String payload) {
        return new Endorsement("peer0", null, true, false, 500, message, payload.getBytes(StandardCharsets.UTF_8));
    }
}
