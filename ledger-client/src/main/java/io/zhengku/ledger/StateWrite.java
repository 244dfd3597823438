package io.zhengku.ledger;

import java.util.Objects;

/**
 * One world-state write of a VALID transaction of the {@code zhengku} contract, as its block carries it (状态写入):
 * the key in the contract's layout, a Fabric composite key {@code \u0000<type>\u0000<id>\u0000}, and the value
 * written, the contract's canonical JSON. The contract never deletes a key; a delete would arrive as an empty
 * value, which the peer itself treats as absent.
 *
 * <pre>{@code
 * StateWrite write = new StateWrite("\u0000document\u0000" + sha256 + "\u0000", json);
 * write.keyType(); // "document"
 * write.keyId();   // the SHA-256
 * }</pre>
 *
 * @param key the composite key as the contract wrote it
 * @param value the bytes written; copied in and out
 */
public record StateWrite(String key, byte[] value) {

    private static final char SEPARATOR = '\u0000';

    /**
     * Checks that the key is a composite key of one type and one id, the only kind the contract writes.
     *
     * @throws IllegalArgumentException naming what is wrong with the key (its type, never its value)
     */
    public StateWrite {
        Objects.requireNonNull(key, "key");
        int second = key.indexOf(SEPARATOR, 1);
        if (key.length() < 4 || key.charAt(0) != SEPARATOR || second < 2 || second == key.length() - 2
                || key.indexOf(SEPARATOR, second + 1) != key.length() - 1) {
            throw new IllegalArgumentException("a write of the contract has a key that is not a composite key of"
                    + " one type and one id (" + key.length() + " characters)");
        }
        value = Objects.requireNonNull(value, "value").clone();
    }

    /** A copy of the value written. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The kind of record, e.g. {@code document}, {@code batch}, {@code department}, {@code seal}. */
    public String keyType() {
        return key.substring(1, key.indexOf(SEPARATOR, 1));
    }

    /** The record's id within its type, e.g. a SHA-256 or a unified social credit code. */
    public String keyId() {
        return key.substring(key.indexOf(SEPARATOR, 1) + 1, key.length() - 1);
    }

    /** Whether the write removed the key (an empty value). */
    public boolean isDelete() {
        return value.length == 0;
    }

    /** Names the key, not the value. */
    @Override
    public String toString() {
        return "write of " + keyType() + " " + keyId();
    }
}
