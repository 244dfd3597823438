package io.zhengku.core.merkle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6962 inclusion proof (包含证明) that a holder can carry: the leaf's index, the size of the tree, and
 * the audit path of 32-byte sibling hashes from the leaf upwards. The hashes are copied in and out, so a
 * proof cannot be changed after construction. Construction checks only the shape; whether the proof holds
 * is for {@link #verify(byte[], byte[])}.
 *
 * <pre>{@code
 * InclusionProof proof = tree.inclusionProof(5);
 * proof.verify(entryBytes, anchoredRoot); // throws MerkleProofException when it does not hold
 * }</pre>
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> hashes) {

    /**
     * Checks the index is within the tree and every hash is 32 bytes.
     *
     * @throws IllegalArgumentException when it is not
     */
    public InclusionProof {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException(
                    "leaf index " + leafIndex + " is outside a tree of " + treeSize + " leaves");
        }
        Objects.requireNonNull(hashes, "hashes");
        for (byte[] hash : hashes) {
            if (hash == null || hash.length != MerkleHasher.HASH_LENGTH) {
                throw new IllegalArgumentException("every proof hash must be 32 bytes");
            }
        }
        hashes = copy(hashes);
    }

    /** Copies of the audit-path hashes, from the leaf's sibling up to the root's child. */
    @Override
    public List<byte[]> hashes() {
        return copy(hashes);
    }

    /** The audit path as lowercase hex, the way records and receipts carry it. */
    public List<String> hexHashes() {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }

    /**
     * Verifies this proof for {@code leaf} against {@code root}; see {@link MerkleVerifier#verify}.
     *
     * @throws MerkleProofException when the proof does not hold
     */
    public void verify(byte[] leaf, byte[] root) throws MerkleProofException {
        MerkleVerifier.verify(leaf, leafIndex, treeSize, hashes, root);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InclusionProof that
                && leafIndex == that.leafIndex
                && treeSize == that.treeSize
                && Arrays.deepEquals(hashes.toArray(), that.hashes.toArray());
    }

    @Override
    public int hashCode() {
        return Objects.hash(leafIndex, treeSize, Arrays.deepHashCode(hashes.toArray()));
    }

    @Override
    public String toString() {
        return "InclusionProof[leafIndex=" + leafIndex + ", treeSize=" + treeSize + ", hashes=["
                + String.join(",", hexHashes()) + "]]";
    }

    private static List<byte[]> copy(List<byte[]> hashes) {
        return hashes.stream().map(byte[]::clone).toList();
    }
}
