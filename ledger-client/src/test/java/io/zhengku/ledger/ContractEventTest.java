package io.zhengku.ledger;

import static io.zhengku.ledger.EventSamples.LICENCE;
import static io.zhengku.ledger.EventSamples.ROOT;
import static io.zhengku.ledger.EventSamples.batchAnchoredJson;
import static io.zhengku.ledger.EventSamples.event;
import static io.zhengku.ledger.EventSamples.suspendedJson;
import static io.zhengku.ledger.Samples.SH_MARKET;
import static io.zhengku.ledger.Samples.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.LastStatusChange;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractEventTest {

    private static final String TX = "4f1c2e0d9b8a";

    @Test
    void a_BatchAnchored_event_is_read_into_the_batch_record_and_its_anchored_digests() throws LedgerException {
        ContractEvent event = ContractEvent.parse(event(7, TX, "BatchAnchored", batchAnchoredJson(TX)));

        assertThat(event).isEqualTo(new BatchAnchored(Checkpoint.afterTransaction(7, TX),
                new BatchRecord("sh-20261102-0001", ROOT, 2, "ShanghaiMSP", TX, Instant.parse("2026-11-02T08:00:00Z")),
                List.of(sha(1), sha(2))));
    }

    @Test
    void a_batch_whose_digests_were_all_anchored_before_has_an_event_without_digests() throws LedgerException {
        String json = batchAnchoredJson(TX).replace("[\"" + sha(1) + "\",\"" + sha(2) + "\"]", "[]");

        assertThat(((BatchAnchored) ContractEvent.parse(event(7, TX, "BatchAnchored", json))).anchored()).isEmpty();
    }

    @Test
    void a_StatusChanged_event_is_read_with_both_statuses_and_the_change() throws LedgerException {
        ContractEvent event = ContractEvent.parse(event(8, TX, "StatusChanged", suspendedJson(TX)));

        assertThat(event).isEqualTo(new StatusChanged(Checkpoint.afterTransaction(8, TX), sha(1), LICENCE, SH_MARKET,
                "ShanghaiMSP", DocumentStatus.ACTIVE, DocumentStatus.SUSPENDED, new LastStatusChange(
                        Instant.parse("2026-11-02T08:00:00Z"), TX, "HOLDER_REQUEST", "持证人申请暂停", null)));
    }

    @Test
    void a_supersession_names_its_replacement() throws LedgerException {
        String json = suspendedJson(TX).replace("\"reasonCode\":\"HOLDER_REQUEST\",\"reasonText\":\"持证人申请暂停\",", "")
                .replace("\"SUSPENDED\"", "\"SUPERSEDED\"").replace("}", ",\"supersededBy\":\"" + sha(3) + "\"}");

        StatusChanged event = (StatusChanged) ContractEvent.parse(event(8, TX, "StatusChanged", json));

        assertThat(event.status()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(event.change().supersededBy()).isEqualTo(sha(3));
    }

    static Stream<Arguments> malformedEvents() {
        String batch = batchAnchoredJson(TX);
        String change = suspendedJson(TX);
        return Stream.of(
                arguments("not JSON", "BatchAnchored", batch.substring(0, 20)),
                arguments("a field of the transaction's result only", "BatchAnchored",
                        batch.replace("{\"anchored\"", "{\"alreadyAnchored\":[],\"anchored\"")),
                arguments("another transaction's batch", "BatchAnchored", batch.replace(TX, "other")),
                arguments("a digest twice", "BatchAnchored", batch.replace(sha(2), sha(1))),
                arguments("more digests than the batch holds", "BatchAnchored",
                        batch.replace("\"size\":2", "\"size\":1")),
                arguments("an unknown event name", "DocumentsMoved", batch),
                arguments("a batch under the other name", "StatusChanged", batch),
                arguments("a change the contract forbids", "StatusChanged", change.replace("ACTIVE", "REVOKED")),
                arguments("another transaction's change", "StatusChanged", change.replace(TX, "other")),
                arguments("a status that does not exist", "StatusChanged", change.replace("SUSPENDED", "PAUSED")),
                arguments("a supersession naming no replacement", "StatusChanged",
                        change.replace("SUSPENDED", "SUPERSEDED")),
                arguments("no change time", "StatusChanged",
                        change.replace(",\"statusChangedAt\":\"2026-11-02T08:00:00Z\",\"statusTxId\":\"" + TX + "\"",
                                "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEvents")
    void an_event_that_cannot_be_read_is_malformed_and_named(String problem, String name, String json) {
        DeliveredEvent event = event(9, TX, name, json);

        assertThatThrownBy(() -> ContractEvent.parse(event))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerException.Reason.MALFORMED_RESPONSE);
                    assertThat(e.isTransient()).isFalse();
                })
                .hasMessageContaining(name + " of transaction " + TX + " in block 9");
    }

    @Test
    void a_payload_that_is_not_UTF_8_is_malformed() {
        DeliveredEvent event = new DeliveredEvent(9, TX, "BatchAnchored", new byte[] {'{', '"', (byte) 0xff, '"', '}'});

        assertThatThrownBy(() -> ContractEvent.parse(event)).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.MALFORMED_RESPONSE));
    }
}
