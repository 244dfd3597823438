package io.zhengku.core.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 section 2.1 transcribed literally (recursive MTH and PATH, split at the largest power of two
 * smaller than n): slow, obviously right, and independent of the level-by-level production code.
 */
final class Rfc6962Reference {

    private Rfc6962Reference() {
    }

    static byte[] mth(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[] {0x00}, leaves.get(0));
        }
        int k = split(n);
        return sha256(new byte[] {0x01}, mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
    }

    static List<byte[]> path(int m, List<byte[]> leaves) {
        int n = leaves.size();
        List<byte[]> path = new ArrayList<>();
        if (n > 1) {
            int k = split(n);
            if (m < k) {
                path.addAll(path(m, leaves.subList(0, k)));
                path.add(mth(leaves.subList(k, n)));
            } else {
                path.addAll(path(m - k, leaves.subList(k, n)));
                path.add(mth(leaves.subList(0, k)));
            }
        }
        return path;
    }

    private static int split(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
