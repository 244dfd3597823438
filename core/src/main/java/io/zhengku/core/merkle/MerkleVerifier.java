package io.zhengku.core.merkle;

import io.zhengku.core.merkle.MerkleProofException.Reason;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * Verifies RFC 6962 inclusion proofs (Merkle 包含证明) from bytes alone: no I/O, no trust in the prover.
 * Used by holders offline and by verifiers against a root read from their own region's peer.
 *
 * <pre>{@code
 * MerkleVerifier.verify(entryBytes, proof.leafIndex(), proof.treeSize(), proof.hashes(), anchoredRoot);
 * // returns normally only when the entry is the leaf at that index of the tree with that root
 * }</pre>
 */
public final class MerkleVerifier {

    private MerkleVerifier() {
    }

    /**
     * Checks that {@code leaf} is the leaf at {@code index} of the tree of {@code size} leaves whose root
     * is {@code root}, using the audit path {@code proof} (sibling hashes from the leaf upwards).
     *
     * <p>RFC 6962 hashes do not include the size, so a wrong size is caught only when it changes the shape
     * of the path: read {@code size} from the same anchored record as {@code root}, never from the prover.
     *
     * @throws MerkleProofException with {@link Reason#MALFORMED}, {@link Reason#INDEX_OUT_OF_RANGE},
     *     {@link Reason#WRONG_PROOF_LENGTH} or {@link Reason#ROOT_MISMATCH}
     */
    public static void verify(byte[] leaf, long index, long size, List<byte[]> proof, byte[] root)
            throws MerkleProofException {
        requireWellFormed(leaf, proof, root);
        if (index < 0 || index >= size) {
            throw new MerkleProofException(Reason.INDEX_OUT_OF_RANGE,
                    "leaf index " + index + " is outside a tree of " + size + " leaves");
        }
        boolean[] siblingOnLeft = siblingSides(index, size);
        if (proof.size() != siblingOnLeft.length) {
            throw new MerkleProofException(Reason.WRONG_PROOF_LENGTH, "a proof for leaf " + index + " of " + size
                    + " has " + siblingOnLeft.length + " hashes, this one has " + proof.size());
        }
        MerkleHasher hasher = new MerkleHasher();
        byte[] hash = hasher.leafHash(leaf);
        for (int k = 0; k < siblingOnLeft.length; k++) {
            hash = siblingOnLeft[k] ? hasher.nodeHash(proof.get(k), hash) : hasher.nodeHash(hash, proof.get(k));
        }
        if (!MessageDigest.isEqual(hash, root)) {
            throw new MerkleProofException(Reason.ROOT_MISMATCH,
                    "the proof for leaf " + index + " of " + size + " leads to another root");
        }
    }

    /**
     * For each hash of the audit path, from the leaf up, whether that sibling is on the left. At each level
     * the node at position {@code i} of {@code n} nodes has its sibling on the left when {@code i} is odd, on
     * the right when {@code i + 1 < n}, and none when it is the last node of an odd level: RFC 6962 then
     * carries it up unchanged, which is what splitting at the largest power of two amounts to.
     */
    static boolean[] siblingSides(long index, long size) {
        boolean[] sides = new boolean[Long.SIZE];
        int count = 0;
        // n - (n >> 1) is n / 2 rounded up, written so that it cannot overflow near Long.MAX_VALUE.
        for (long i = index, n = size; n > 1; i >>= 1, n -= n >> 1) {
            if ((i & 1) == 1 || i + 1 < n) {
                sides[count++] = (i & 1) == 1;
            }
        }
        return Arrays.copyOf(sides, count);
    }

    private static void requireWellFormed(byte[] leaf, List<byte[]> proof, byte[] root)
            throws MerkleProofException {
        if (leaf == null || proof == null || root == null) {
            throw new MerkleProofException(Reason.MALFORMED, "leaf, proof and root are all required");
        }
        if (root.length != MerkleHasher.HASH_LENGTH) {
            throw new MerkleProofException(Reason.MALFORMED, "root must be 32 bytes, got " + root.length);
        }
        for (int i = 0; i < proof.size(); i++) {
            byte[] hash = proof.get(i);
            if (hash == null || hash.length != MerkleHasher.HASH_LENGTH) {
                throw new MerkleProofException(Reason.MALFORMED, "proof hash " + i + " must be 32 bytes, got "
                        + (hash == null ? "nothing" : hash.length));
            }
        }
    }
}
