package io.zhengku.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes accepted Java values as canonical JSON text; see {@link CanonicalJson#encode(Object)}. */
final class CanonicalJsonEncoder {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();

    static byte[] encode(Object value) {
        CanonicalJsonEncoder encoder = new CanonicalJsonEncoder();
        encoder.writeValue(value, 0);
        // Every string was checked for lone surrogates, so this conversion cannot substitute '?'.
        return encoder.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeValue(Object value, int depth) {
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof String s) {
            writeString(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, enter(depth));
        } else if (value instanceof List<?> list) {
            writeArray(list, enter(depth));
        } else {
            throw rejected(value);
        }
    }

    private static int enter(int depth) {
        // Bounds the recursion, which also turns a self-containing map or list into an error.
        if (depth >= CanonicalJson.MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "canonical JSON nests at most " + CanonicalJson.MAX_DEPTH + " objects/arrays deep");
        }
        return depth + 1;
    }

    private static IllegalArgumentException rejected(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return new IllegalArgumentException("floating point/decimal number " + value + " ("
                    + value.getClass().getName() + ") is not allowed in canonical JSON: the ledger and tokens"
                    + " need exact bytes, so put amounts and dates in strings");
        }
        return new IllegalArgumentException("cannot encode a " + value.getClass().getName()
                + " as canonical JSON; use Map, List, String, Boolean, null, Integer, Long or BigInteger");
    }

    private void writeObject(Map<?, ?> map, int depth) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String s)) {
                throw new IllegalArgumentException("canonical JSON object keys must be Strings, got "
                        + (key == null ? "null" : key.getClass().getName()));
            }
            keys.add(s);
        }
        // String.compareTo orders by UTF-16 code units, which is exactly the RFC 8785 key order.
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                // Only a map comparing keys by identity (IdentityHashMap) can hold an equal key twice.
                if (keys.get(i).equals(keys.get(i - 1))) {
                    throw new IllegalArgumentException("map holds the key \"" + keys.get(i) + "\" twice");
                }
                out.append(',');
            }
            writeString(keys.get(i));
            out.append(':');
            writeValue(map.get(keys.get(i)), depth);
        }
        out.append('}');
    }

    private void writeArray(List<?> list, int depth) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeValue(list.get(i), depth);
        }
        out.append(']');
    }

    private void writeString(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) && !isPairedAt(s, i)) {
                throw new IllegalArgumentException(
                        "string has an unpaired UTF-16 surrogate at index " + i + "; it has no UTF-8 encoding");
            }
            if (Character.isHighSurrogate(c)) {
                out.append(c).append(s.charAt(++i));
            } else {
                writeChar(c);
            }
        }
        out.append('"');
    }

    private static boolean isPairedAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i))
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private void writeChar(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20) {
                    out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append(c);
                }
            }
        }
    }
}
