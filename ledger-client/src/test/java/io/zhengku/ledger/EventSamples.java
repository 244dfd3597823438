package io.zhengku.ledger;

import static io.zhengku.ledger.Samples.SH_MARKET;
import static io.zhengku.ledger.Samples.sha;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Events as the chaincode emits them, shaped as its AnchoringTest and StatusChangesTest pin the payloads. */
final class EventSamples {

    static final String LICENCE = "1.2.156.3005.2.11100000000013338W011.113100000024178544.2026000001.001.M";
    static final String ROOT = sha(0x600d);

    private EventSamples() {
    }

    /** The payload of a batch of {@code sha(1)} and {@code sha(2)} anchored by transaction {@code txId}. */
    static String batchAnchoredJson(String txId) {
        return "{\"anchored\":[\"" + sha(1) + "\",\"" + sha(2) + "\"],\"anchoredAt\":\"2026-11-02T08:00:00Z\","
                + "\"batchId\":\"sh-20261102-0001\",\"issuerMsp\":\"ShanghaiMSP\",\"merkleRoot\":\"" + ROOT + "\","
                + "\"size\":2,\"txId\":\"" + txId + "\"}";
    }

    /** The payload of the suspension of {@code sha(1)} by transaction {@code txId}. */
    static String suspendedJson(String txId) {
        return "{\"id\":\"" + LICENCE + "\",\"issuer\":\"" + SH_MARKET + "\",\"issuerMsp\":\"ShanghaiMSP\","
                + "\"previousStatus\":\"ACTIVE\",\"reasonCode\":\"HOLDER_REQUEST\",\"reasonText\":\"持证人申请暂停\","
                + "\"sha256\":\"" + sha(1) + "\",\"status\":\"SUSPENDED\",\"statusChangedAt\":\"2026-11-02T08:00:00Z\","
                + "\"statusTxId\":\"" + txId + "\"}";
    }

    static DeliveredEvent event(long block, String txId, String name, String json) {
        return new DeliveredEvent(block, txId, name, json.getBytes(StandardCharsets.UTF_8));
    }

    static DeliveredEvent anchored(long block, String txId) {
        return event(block, txId, BatchAnchored.NAME, batchAnchoredJson(txId));
    }

    static DeliveredEvent suspended(long block, String txId) {
        return event(block, txId, StatusChanged.NAME, suspendedJson(txId));
    }

    static LedgerBlock block(long number, DeliveredEvent... events) {
        return new LedgerBlock(number, List.of(events));
    }
}
