package io.zhengku.core.merkle;

/**
 * Thrown when an inclusion proof does not prove that a leaf is in a tree with the given root; the
 * {@link Reason} tells the cases apart for verdicts and tests.
 *
 * <p>{@code catch (MerkleProofException e) { return Check.invalid(e.reason().name()); }}
 */
public final class MerkleProofException extends Exception {

    /** Why the proof failed. */
    public enum Reason {
        /** The leaf index is negative or not below the tree size. */
        INDEX_OUT_OF_RANGE,
        /** The proof has more or fewer hashes than a leaf at that index in a tree of that size needs. */
        WRONG_PROOF_LENGTH,
        /** The proof is well-formed but leads to another root: the leaf, index, size, proof or root differ. */
        ROOT_MISMATCH,
        /** An input is missing, or a hash or the root is not 32 bytes. */
        MALFORMED
    }

    private final Reason reason;

    MerkleProofException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why the proof failed. */
    public Reason reason() {
        return reason;
    }
}
