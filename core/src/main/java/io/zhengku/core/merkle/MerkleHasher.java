package io.zhengku.core.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 6962 hashing with domain separation: a leaf is hashed as SHA-256(0x00 || leaf) and an interior node
 * as SHA-256(0x01 || left || right), so no leaf can pass for a node. Not thread-safe: one per computation.
 */
final class MerkleHasher {

    static final int HASH_LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final MessageDigest sha256;

    MerkleHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    byte[] leafHash(byte[] leaf) {
        sha256.update(LEAF_PREFIX);
        return sha256.digest(leaf);
    }

    byte[] nodeHash(byte[] left, byte[] right) {
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** The root of a tree without leaves: SHA-256 of the empty string. */
    byte[] emptyRoot() {
        return sha256.digest();
    }
}
