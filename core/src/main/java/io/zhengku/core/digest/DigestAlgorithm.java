package io.zhengku.core.digest;

/**
 * The content-hash algorithms Zhengku anchors: SHA-256, and SM3 (国密 SM3, GB/T 32905) where Chinese
 * cryptography is required.
 *
 * <p>{@code MessageDigest.getInstance(DigestAlgorithm.SM3.standardName(), "BC")}
 */
public enum DigestAlgorithm {
    SHA256("SHA-256", 32),
    SM3("SM3", 32);

    private final String standardName;
    private final int length;

    DigestAlgorithm(String standardName, int length) {
        this.standardName = standardName;
        this.length = length;
    }

    /** The Java Cryptography Architecture name of the algorithm, e.g. {@code "SHA-256"}. */
    public String standardName() {
        return standardName;
    }

    /** The length of a digest in bytes. */
    public int length() {
        return length;
    }
}
