package io.zhengku.core.json;

import io.zhengku.core.json.CanonicalJsonException.Reason;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Strict recursive-descent JSON parser; see {@link CanonicalJson#parse(byte[])}. */
final class CanonicalJsonParser {

    /** Up to 18 decimal digits always fit in a long, so the common case skips BigInteger. */
    private static final int LONG_SAFE_DIGITS = 18;

    private final byte[] in;
    private int pos;

    private CanonicalJsonParser(byte[] in) {
        this.in = in;
    }

    static Object parse(byte[] json) {
        if (json.length > CanonicalJson.MAX_INPUT_BYTES) {
            throw new CanonicalJsonException(Reason.INPUT_TOO_LARGE, CanonicalJson.MAX_INPUT_BYTES);
        }
        CanonicalJsonParser parser = new CanonicalJsonParser(json);
        parser.skipWhitespace();
        Object value = parser.readValue(0);
        parser.skipWhitespace();
        if (parser.pos < json.length) {
            throw parser.fail(Reason.TRAILING_DATA);
        }
        return value;
    }

    private Object readValue(int depth) {
        return switch (peek()) {
            case '{' -> readObject(enter(depth));
            case '[' -> readArray(enter(depth));
            case '"' -> readString();
            case 't' -> readLiteral("true", Boolean.TRUE);
            case 'f' -> readLiteral("false", Boolean.FALSE);
            case 'n' -> readLiteral("null", null);
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> readInteger();
            default -> throw fail(Reason.UNEXPECTED_CHARACTER);
        };
    }

    private int enter(int depth) {
        if (depth >= CanonicalJson.MAX_DEPTH) {
            throw fail(Reason.TOO_DEEP);
        }
        return depth + 1;
    }

    private Map<String, Object> readObject(int depth) {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (consume('}')) {
            return Collections.unmodifiableMap(map);
        }
        do {
            skipWhitespace();
            int keyOffset = pos;
            if (peek() != '"') {
                throw fail(Reason.UNEXPECTED_CHARACTER);
            }
            String key = readString();
            if (map.containsKey(key)) {
                throw new CanonicalJsonException(Reason.DUPLICATE_KEY, keyOffset);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(key, readValue(depth));
            skipWhitespace();
        } while (consume(','));
        expect('}');
        return Collections.unmodifiableMap(map);
    }

    private List<Object> readArray(int depth) {
        pos++;
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (consume(']')) {
            return Collections.unmodifiableList(list);
        }
        do {
            skipWhitespace();
            list.add(readValue(depth));
            skipWhitespace();
        } while (consume(','));
        expect(']');
        return Collections.unmodifiableList(list);
    }

    private boolean consume(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private String readString() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            int b = peek() & 0xff;
            if (b == '"') {
                pos++;
                return out.toString();
            } else if (b == '\\') {
                readEscape(out);
            } else if (b < 0x20) {
                throw fail(Reason.CONTROL_CHARACTER_IN_STRING);
            } else if (b < 0x80) {
                out.append((char) b);
                pos++;
            } else {
                pos = Utf8.appendCodePoint(in, pos, out);
            }
        }
    }

    private void readEscape(StringBuilder out) {
        int start = pos++;
        byte escaped = peek();
        pos++;
        switch (escaped) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> readUnicodeEscape(start, out);
            default -> throw new CanonicalJsonException(Reason.INVALID_ESCAPE, start);
        }
    }

    private void readUnicodeEscape(int start, StringBuilder out) {
        char c = readHex4();
        if (Character.isLowSurrogate(c)) {
            throw new CanonicalJsonException(Reason.LONE_SURROGATE, start);
        }
        out.append(c);
        if (Character.isHighSurrogate(c)) {
            boolean escapeFollows = pos + 1 < in.length && in[pos] == '\\' && in[pos + 1] == 'u';
            if (!escapeFollows) {
                throw new CanonicalJsonException(Reason.LONE_SURROGATE, start);
            }
            pos += 2;
            char low = readHex4();
            if (!Character.isLowSurrogate(low)) {
                throw new CanonicalJsonException(Reason.LONE_SURROGATE, start);
            }
            out.append(low);
        }
    }

    private char readHex4() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(peek(), 16);
            if (digit < 0) {
                throw fail(Reason.INVALID_ESCAPE);
            }
            value = (value << 4) | digit;
            pos++;
        }
        return (char) value;
    }

    private Object readInteger() {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        int firstDigit = pos;
        if (peek() < '0' || peek() > '9') {
            throw fail(Reason.UNEXPECTED_CHARACTER);
        }
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
        int digits = pos - firstDigit;
        if (in[firstDigit] == '0' && digits > 1) {
            throw new CanonicalJsonException(Reason.LEADING_ZERO, firstDigit);
        }
        if (pos < in.length && (in[pos] == '.' || in[pos] == 'e' || in[pos] == 'E')) {
            throw fail(Reason.NOT_AN_INTEGER);
        }
        if (digits > CanonicalJson.MAX_INTEGER_DIGITS) {
            throw new CanonicalJsonException(Reason.NUMBER_TOO_LONG, start);
        }
        String text = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        if (digits <= LONG_SAFE_DIGITS) {
            return Long.parseLong(text);
        }
        BigInteger big = new BigInteger(text);
        return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
    }

    private Object readLiteral(String literal, Object value) {
        for (int i = 0; i < literal.length(); i++) {
            if (peek() != literal.charAt(i)) {
                throw fail(Reason.UNEXPECTED_CHARACTER);
            }
            pos++;
        }
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail(Reason.UNEXPECTED_CHARACTER);
        }
        pos++;
    }

    private byte peek() {
        if (pos >= in.length) {
            throw fail(Reason.UNEXPECTED_END);
        }
        return in[pos];
    }

    private void skipWhitespace() {
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\n' || in[pos] == '\r')) {
            pos++;
        }
    }

    private CanonicalJsonException fail(Reason reason) {
        return new CanonicalJsonException(reason, pos);
    }
}
