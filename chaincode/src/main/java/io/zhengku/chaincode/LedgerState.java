package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * The world state as the contract uses it: every value read and written is canonical JSON, so the same
 * record has the same bytes on every peer and in every test.
 */
final class LedgerState {

    private final ChaincodeStub stub;

    LedgerState(ChaincodeStub stub) {
        this.stub = stub;
    }

    /** The stored bytes, or empty when the key holds nothing (the peer answers an empty array). */
    Optional<byte[]> bytes(String key) {
        byte[] value = stub.getState(key);
        return value == null || value.length == 0 ? Optional.empty() : Optional.of(value);
    }

    /** The stored JSON object, or empty when the key holds nothing. */
    Optional<JsonObjectReader> read(String key, String what) {
        return bytes(key).map(value -> JsonObjectReader.of(CanonicalJson.parse(value), what));
    }

    /** The stored JSON text, or empty when the key holds nothing. */
    Optional<String> text(String key) {
        return bytes(key).map(value -> new String(value, StandardCharsets.UTF_8));
    }

    /** The stored JSON text, refused as {@link RefusalCode#NOT_FOUND} when absent. */
    String require(String key, String notFoundMessage) {
        return text(key).orElseThrow(() -> refuse(RefusalCode.NOT_FOUND, notFoundMessage));
    }

    /** Writes {@code value} as canonical JSON and returns that JSON as text. */
    String write(String key, Map<String, ?> value) {
        byte[] json = CanonicalJson.encode(value);
        stub.putState(key, json);
        return new String(json, StandardCharsets.UTF_8);
    }

    /** Sets the key-level endorsement policy (a serialized {@code SignaturePolicyEnvelope}). */
    void protect(String key, byte[] policy) {
        stub.setStateValidationParameter(key, policy);
    }

    /** Sets the transaction's chaincode event; Fabric keeps only the last one set per transaction. */
    void emit(String name, Map<String, ?> payload) {
        stub.setEvent(name, CanonicalJson.encode(payload));
    }

    /** All records of one key type (see {@link Keys}), in key order. */
    List<KeyValue> all(String keyType) {
        return drain(stub.getStateByPartialCompositeKey(new CompositeKey(keyType)), "the " + keyType + " records");
    }

    /** Every committed version of the key, in the order the peer returns them. */
    List<KeyModification> history(String key) {
        return drain(stub.getHistoryForKey(key), "the history of " + key);
    }

    String txId() {
        return stub.getTxId();
    }

    /** The proposal's timestamp: the same on every endorsing peer, unlike the local clock. */
    Instant now() {
        return stub.getTxTimestamp();
    }

    /** {@link #now()} as ISO-8601 UTC text, e.g. {@code 2026-11-02T08:00:00Z}. */
    String nowText() {
        return now().toString();
    }

    private static <T> List<T> drain(QueryResultsIterator<T> results, String what) {
        List<T> items = new ArrayList<>();
        try (results) {
            results.forEach(items::add);
        } catch (Exception e) {
            // Closing talks to the peer; a failure there is the peer's, not the caller's.
            throw new IllegalStateException("could not read " + what, e);
        }
        return items;
    }
}
