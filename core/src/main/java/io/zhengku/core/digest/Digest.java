package io.zhengku.core.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A content digest (摘要) as a value: its algorithm and its bytes. Documents are hashed by the signing module,
 * which streams them; {@link #sha256Of(byte[])} covers the small byte strings the domain itself hashes
 * (certificates, canonical JSON). Equal when algorithm and bytes are equal; the bytes are copied in and out,
 * so a {@code Digest} cannot be changed after construction.
 *
 * <pre>{@code
 * Digest d = Digest.ofHex(DigestAlgorithm.SM3,
 *         "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
 * d.toString(); // "sm3:66c7f0f4..."
 * }</pre>
 */
public record Digest(DigestAlgorithm algorithm, byte[] bytes) {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * Checks the length against the algorithm and keeps a copy of the bytes.
     *
     * @throws IllegalArgumentException when the length does not match the algorithm
     */
    public Digest {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != algorithm.length()) {
            throw new IllegalArgumentException(algorithm.standardName() + " digest must be "
                    + algorithm.length() + " bytes, got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /**
     * Reads a digest written in lowercase hex, the only form Zhengku writes and accepts in what it hashes, signs
     * or keys by digest (one spelling per digest keeps ledger keys unique).
     *
     * <p>{@code Digest.ofHex(DigestAlgorithm.SHA256, "e3b0c442...b855")}
     *
     * @throws IllegalArgumentException when the length is wrong or a character is not a lowercase hex digit
     */
    public static Digest ofHex(DigestAlgorithm algorithm, String hex) {
        return parse(algorithm, hex, true);
    }

    /**
     * Reads a digest a person or client typed, in lowercase, uppercase or mixed hex: tools print either case
     * (Windows' {@code Get-FileHash} and {@code certutil} uppercase, {@code sha256sum} lowercase). The digest's
     * {@link #hex()} is lowercase whatever the case given, so it is the one spelling to look it up by.
     *
     * <p>{@code Digest.ofHexIgnoringCase(DigestAlgorithm.SHA256, "E3B0C442...B855").hex()} is
     * {@code "e3b0c442...b855"}.
     *
     * @throws IllegalArgumentException when the length is wrong or a character is not a hex digit
     */
    public static Digest ofHexIgnoringCase(DigestAlgorithm algorithm, String hex) {
        return parse(algorithm, hex, false);
    }

    private static Digest parse(DigestAlgorithm algorithm, String hex, boolean lowercaseOnly) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != algorithm.length() * 2) {
            throw new IllegalArgumentException(algorithm.standardName() + " digest must be "
                    + algorithm.length() * 2 + (lowercaseOnly ? " lowercase" : "") + " hex characters, got "
                    + hex.length());
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            boolean uppercase = c >= 'A' && c <= 'F';
            if (uppercase && lowercaseOnly) {
                throw new IllegalArgumentException("digest hex must be lowercase; found uppercase '" + c
                        + "' at index " + i);
            }
            if (!(uppercase || c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("digest hex has a non-hex character at index " + i);
            }
        }
        return new Digest(algorithm, HEX.parseHex(hex));
    }

    /**
     * The SHA-256 of bytes already in memory.
     *
     * <p>{@code Digest.sha256Of(certificate.getEncoded()).hex()} is a seal certificate's fingerprint.
     */
    public static Digest sha256Of(byte[] bytes) {
        try {
            return new Digest(DigestAlgorithm.SHA256, MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A copy of the digest bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The digest in lowercase hex. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Digest that && algorithm == that.algorithm && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * algorithm.hashCode() + Arrays.hashCode(bytes);
    }

    /** {@code sha256:<hex>} or {@code sm3:<hex>}. */
    @Override
    public String toString() {
        return algorithm.name().toLowerCase(Locale.ROOT) + ':' + hex();
    }
}
