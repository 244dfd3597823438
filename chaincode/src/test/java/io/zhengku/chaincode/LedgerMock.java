package io.zhengku.chaincode;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.mockito.ArgumentCaptor;

/**
 * A Mockito-mocked {@link ChaincodeStub}, {@link Context} and {@link ClientIdentity}: reads answer from
 * state the test puts in beforehand; writes are only recorded, so a test asserts exactly what was written.
 */
final class LedgerMock {

    static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    static final String TX_ID = "4f1c2e0d9b8a";

    final ChaincodeStub stub = mock(ChaincodeStub.class);
    final Context ctx = mock(Context.class);
    private final ClientIdentity identity = mock(ClientIdentity.class);
    private final Map<String, byte[]> state = new TreeMap<>();

    LedgerMock() {
        when(ctx.getStub()).thenReturn(stub);
        when(ctx.getClientIdentity()).thenReturn(identity);
        when(stub.getTxId()).thenReturn(TX_ID);
        when(stub.getTxTimestamp()).thenReturn(NOW);
        when(stub.getState(anyString())).thenAnswer(call -> state.getOrDefault(call.<String>getArgument(0), new byte[0]));
        when(stub.getStateByPartialCompositeKey(any(CompositeKey.class)))
                .thenAnswer(call -> withPrefix(call.<CompositeKey>getArgument(0).toString()));
    }

    /** The next calls come from a client of {@code msp}, an admin ({@code OU=admin}) or not ({@code OU=client}). */
    LedgerMock as(String msp, boolean admin) {
        when(identity.getMSPID()).thenReturn(msp);
        when(identity.getX509Certificate()).thenReturn(TestPki.clientCertificate(msp, admin ? "admin" : "client"));
        return this;
    }

    /** Puts {@code json} (UTF-8) into the state under {@code key} before the call. */
    LedgerMock holding(String key, String json) {
        state.put(key, json.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Joins the regions, as their admins' {@code registerRegion} would have. */
    LedgerMock withRegions(String... msps) {
        for (String msp : msps) {
            holding(Keys.region(msp), "{\"joinedAt\":\"2026-01-02T00:00:00Z\",\"msp\":\"" + msp + "\",\"txId\":\"r\"}");
        }
        return this;
    }

    /** The bytes the call wrote under {@code key}, as text. */
    String written(String key) {
        ArgumentCaptor<byte[]> value = ArgumentCaptor.forClass(byte[].class);
        verify(stub).putState(eq(key), value.capture());
        return new String(value.getValue(), StandardCharsets.UTF_8);
    }

    /** The key-level policy the call set on {@code key}. */
    byte[] policyOn(String key) {
        ArgumentCaptor<byte[]> policy = ArgumentCaptor.forClass(byte[].class);
        verify(stub).setStateValidationParameter(eq(key), policy.capture());
        return policy.getValue();
    }

    /** The payload of the event the call set under {@code name}, as text. */
    String event(String name) {
        ArgumentCaptor<byte[]> payload = ArgumentCaptor.forClass(byte[].class);
        verify(stub).setEvent(eq(name), payload.capture());
        return new String(payload.getValue(), StandardCharsets.UTF_8);
    }

    /** Nothing was written, no policy set and no event set. */
    void assertUnchanged() {
        verify(stub, never()).putState(anyString(), any());
        verify(stub, never()).delState(anyString());
        verify(stub, never()).setStateValidationParameter(anyString(), any());
        verify(stub, never()).setEvent(anyString(), any());
    }

    /** Nothing was written under {@code key}. */
    void assertNotWritten(String key) {
        verify(stub, never()).putState(eq(key), any());
        verify(stub, never()).setStateValidationParameter(eq(key), any());
    }

    private QueryResultsIterator<KeyValue> withPrefix(String prefix) {
        List<KeyValue> matches = state.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> (KeyValue) new StoredValue(e.getKey(), e.getValue())).toList();
        return results(matches);
    }

    /** A query result over a fixed list. */
    static <T> QueryResultsIterator<T> results(List<T> items) {
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<T> iterator() {
                return items.iterator();
            }

            @Override
            public void close() {
            }
        };
    }

    private record StoredValue(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }
}
