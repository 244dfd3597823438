package io.zhengku.core.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6962 Merkle tree (默克尔树) over a batch of leaves, such as the canonical bytes of the entries
 * anchored in one transaction: its root goes on the ledger, and each entry gets an {@link InclusionProof}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * MerkleTree tree = MerkleTree.of(List.of(entry0, entry1, entry2));
 * byte[] root = tree.root();
 * InclusionProof proof = tree.inclusionProof(2);
 * }</pre>
 */
public final class MerkleTree {

    /** Level 0 holds the leaf hashes; each next level the hashes of pairs; the last level the root. */
    private final List<byte[][]> levels;
    private final byte[] root;
    private final int size;

    private MerkleTree(List<byte[][]> levels, byte[] root, int size) {
        this.levels = levels;
        this.root = root;
        this.size = size;
    }

    /**
     * Builds the tree of the given leaves, in order. The leaves are hashed at once and not kept.
     *
     * <p>{@code MerkleTree.of(List.of()).root()} is SHA-256 of the empty string.
     */
    public static MerkleTree of(List<byte[]> leaves) {
        Objects.requireNonNull(leaves, "leaves");
        MerkleHasher hasher = new MerkleHasher();
        if (leaves.isEmpty()) {
            return new MerkleTree(List.of(), hasher.emptyRoot(), 0);
        }
        byte[][] level = new byte[leaves.size()][];
        for (int i = 0; i < level.length; i++) {
            byte[] leaf = leaves.get(i);
            if (leaf == null) {
                throw new NullPointerException("leaf " + i + " is null");
            }
            level[i] = hasher.leafHash(leaf);
        }
        List<byte[][]> levels = new ArrayList<>();
        levels.add(level);
        while (level.length > 1) {
            level = parentLevel(hasher, level);
            levels.add(level);
        }
        return new MerkleTree(List.copyOf(levels), level[0], leaves.size());
    }

    /** Pairs neighbours; an odd last node moves up unchanged, which matches RFC 6962's power-of-two split. */
    private static byte[][] parentLevel(MerkleHasher hasher, byte[][] level) {
        byte[][] parents = new byte[(level.length + 1) / 2][];
        for (int i = 0; i < parents.length; i++) {
            int left = 2 * i;
            parents[i] = left + 1 < level.length ? hasher.nodeHash(level[left], level[left + 1]) : level[left];
        }
        return parents;
    }

    /** The number of leaves. */
    public long size() {
        return size;
    }

    /** A copy of the 32-byte root hash. */
    public byte[] root() {
        return root.clone();
    }

    /**
     * The audit path proving that the leaf at {@code index} is in this tree.
     *
     * <p>{@code tree.inclusionProof(0).verify(firstLeaf, tree.root())} returns normally.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not a leaf of this tree
     */
    public InclusionProof inclusionProof(long index) {
        Objects.checkIndex(index, size);
        List<byte[]> path = new ArrayList<>();
        int position = (int) index;
        for (byte[][] level : levels.subList(0, levels.size() - 1)) {
            int sibling = position ^ 1;
            if (sibling < level.length) {
                path.add(level[sibling]);
            }
            position >>= 1;
        }
        return new InclusionProof(index, size, path);
    }
}
