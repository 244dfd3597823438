package io.zhengku.core.json;

import io.zhengku.core.json.InvalidFieldException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object read field by field, strictly: a field is there with the expected type or the read is
 * refused, an explicit {@code null} is refused like any other wrong type, and {@link #allowOnly} refuses
 * fields that are not understood. Every refusal is an {@link InvalidFieldException} naming the object
 * ({@code what}) and the field.
 *
 * <pre>{@code
 * JsonObjectReader batch = JsonObjectReader.parse(json, "batch").allowOnly(Set.of("batchId", "size"));
 * String batchId = batch.string("batchId");
 * long size = batch.integer("size");
 * }</pre>
 */
public final class JsonObjectReader {

    private final Map<?, ?> map;
    private final String what;

    private JsonObjectReader(Map<?, ?> map, String what) {
        this.map = map;
        this.what = what;
    }

    /**
     * Parses {@code json} strictly (see {@link CanonicalJson#parse}) and requires an object.
     *
     * @param what what the object is, for messages, e.g. {@code "batch"}
     */
    public static JsonObjectReader parse(String json, String what) {
        if (json == null) {
            throw new InvalidFieldException(Reason.MISSING, what, what + " is missing; pass it as a JSON object");
        }
        try {
            return of(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)), what);
        } catch (CanonicalJsonException e) {
            throw new InvalidFieldException(Reason.NOT_JSON, what, what + " is not acceptable JSON: " + e.getMessage(), e);
        }
    }

    /** Views a value parsed by {@link CanonicalJson#parse} as an object. */
    public static JsonObjectReader of(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidFieldException(Reason.WRONG_TYPE, what, what + " must be a JSON object");
        }
        return new JsonObjectReader(map, what);
    }

    /** What this object is, for messages, e.g. {@code "batch entry 7"}. */
    public String what() {
        return what;
    }

    /**
     * Refuses fields outside {@code allowed}: what is not understood must not pass unnoticed, e.g. onto a
     * ledger (where it could carry personal data) or into a Merkle leaf.
     */
    public JsonObjectReader allowOnly(Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                unknown.add((String) key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(Reason.UNKNOWN_FIELD, what, what + " has unknown fields " + unknown
                    + "; allowed are " + new TreeSet<>(allowed));
        }
        return this;
    }

    /** The object's field names, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        map.keySet().forEach(key -> names.add((String) key));
        return names;
    }

    /** Whether the field is present, even as an explicit {@code null}. */
    public boolean has(String name) {
        return map.containsKey(name);
    }

    /** Whether the field is present as an explicit {@code null}, as some services write an absent value. */
    public boolean isNull(String name) {
        return has(name) && map.get(name) == null;
    }

    public String string(String name) {
        return typed(name, String.class, "a string");
    }

    /** The string, or {@code null} when the field is absent; an explicit JSON null is refused. */
    public String optionalString(String name) {
        return has(name) ? string(name) : null;
    }

    /** An integer that fits in a {@code long}. */
    public long integer(String name) {
        return typed(name, Long.class, "an integer");
    }

    public JsonObjectReader object(String name) {
        return of(typed(name, Map.class, "an object"), what + " field " + name);
    }

    public List<String> strings(String name) {
        List<?> values = typed(name, List.class, "an array of strings");
        List<String> strings = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String s)) {
                throw invalid(Reason.WRONG_TYPE, name, "must be an array of strings");
            }
            strings.add(s);
        }
        return strings;
    }

    /** The array's objects, each named {@code itemWhat} and its index, e.g. {@code "batch entry 7"}. */
    public List<JsonObjectReader> objects(String name, String itemWhat) {
        List<?> values = typed(name, List.class, "an array of objects");
        List<JsonObjectReader> objects = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            objects.add(of(values.get(i), itemWhat + " " + i));
        }
        return objects;
    }

    private <T> T typed(String name, Class<T> type, String description) {
        if (!map.containsKey(name)) {
            throw invalid(Reason.MISSING, name, "is missing");
        }
        Object value = map.get(name);
        if (!type.isInstance(value)) {
            throw invalid(Reason.WRONG_TYPE, name, "must be " + description);
        }
        return type.cast(value);
    }

    private InvalidFieldException invalid(Reason reason, String name, String problem) {
        String field = what + " field " + name;
        return new InvalidFieldException(reason, field, field + " " + problem);
    }
}
