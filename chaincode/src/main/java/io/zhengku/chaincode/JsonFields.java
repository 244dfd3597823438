package io.zhengku.chaincode;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.CanonicalJsonException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A JSON object read field by field; every problem is refused as {@link ErrorCode#INVALID_ARGUMENT} naming
 * the object ({@code what}) and the field, so a caller can find the mistake in a batch of thousands.
 */
final class JsonFields {

    private final Map<?, ?> map;
    private final String what;

    private JsonFields(Map<?, ?> map, String what) {
        this.map = map;
        this.what = what;
    }

    /** Parses {@code json} strictly (see {@link CanonicalJson#parse}) and requires an object. */
    static JsonFields parse(String json, String what) {
        if (json == null) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " is missing; pass it as a JSON object");
        }
        try {
            return of(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)), what);
        } catch (CanonicalJsonException e) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " is not acceptable JSON: " + e.getMessage());
        }
    }

    /** {@code value} as canonical JSON text (see {@link CanonicalJson#encode}). */
    static String text(Object value) {
        return new String(CanonicalJson.encode(value), StandardCharsets.UTF_8);
    }

    /** Views a value parsed by {@link CanonicalJson#parse} as an object. */
    static JsonFields of(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " must be a JSON object");
        }
        return new JsonFields(map, what);
    }

    /** What this object is, for messages, e.g. {@code "batch entry 7"}. */
    String what() {
        return what;
    }

    /**
     * Refuses fields outside {@code allowed}: what is not understood must not reach the ledger (where it
     * could carry personal data) nor change a Merkle leaf unnoticed.
     */
    JsonFields allowOnly(Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                unknown.add((String) key);
            }
        }
        if (!unknown.isEmpty()) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " has unknown fields " + unknown
                    + "; allowed are " + new TreeSet<>(allowed));
        }
        return this;
    }

    boolean has(String name) {
        return map.containsKey(name);
    }

    String string(String name) {
        return typed(name, String.class, "a string");
    }

    /** The string, or {@code null} when the field is absent; an explicit JSON null is refused. */
    String optionalString(String name) {
        return has(name) ? string(name) : null;
    }

    long integer(String name) {
        return typed(name, Long.class, "an integer");
    }

    JsonFields object(String name) {
        return of(typed(name, Map.class, "an object"), what + " field " + name);
    }

    List<String> strings(String name) {
        List<?> values = typed(name, List.class, "an array of strings");
        List<String> strings = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String s)) {
                throw invalid(name, "must be an array of strings");
            }
            strings.add(s);
        }
        return strings;
    }

    List<JsonFields> objects(String name, String itemWhat) {
        List<?> values = typed(name, List.class, "an array of objects");
        List<JsonFields> objects = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            objects.add(of(values.get(i), itemWhat + " " + i));
        }
        return objects;
    }

    /** A refusal naming this object and one of its fields. */
    ChaincodeException invalid(String name, String problem) {
        return ErrorCode.INVALID_ARGUMENT.refuse(what + " field " + name + " " + problem);
    }

    private <T> T typed(String name, Class<T> type, String description) {
        if (!map.containsKey(name)) {
            throw invalid(name, "is missing");
        }
        Object value = map.get(name);
        if (!type.isInstance(value)) {
            throw invalid(name, "must be " + description);
        }
        return type.cast(value);
    }
}
