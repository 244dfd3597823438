package io.zhengku.signing.digest;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.signing.BouncyCastle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes SHA-256 or SM3 digests (摘要) of documents of any size in constant memory: input is read through
 * one fixed {@value #BUFFER_SIZE}-byte buffer and never held whole.
 *
 * <p>SHA-256 comes from the JDK, whose implementation uses the CPU's SHA extensions; SM3 from Bouncy Castle.
 *
 * <pre>{@code
 * Digest d = StreamingDigest.of(DigestAlgorithm.SM3, Path.of("licence.pdf"));
 *
 * StreamingDigest running = new StreamingDigest(DigestAlgorithm.SHA256);
 * running.update(block, 0, block.length);
 * Digest done = running.finish();
 * }</pre>
 */
public final class StreamingDigest {

    /** Size of the read buffer: large enough to amortise system calls, small enough to stay in cache. */
    public static final int BUFFER_SIZE = 64 * 1024;

    private final DigestAlgorithm algorithm;
    private final MessageDigest engine;

    /** A running digest with nothing hashed yet. Not thread-safe. */
    public StreamingDigest(DigestAlgorithm algorithm) {
        this.algorithm = requireNonNull(algorithm, "algorithm");
        this.engine = engine(algorithm);
    }

    /** Hashes {@code length} bytes of {@code bytes} from {@code offset}. */
    public StreamingDigest update(byte[] bytes, int offset, int length) {
        engine.update(bytes, offset, length);
        return this;
    }

    /** Hashes everything {@code in} yields until its end, through one fixed buffer. */
    public StreamingDigest update(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            engine.update(buffer, 0, read);
        }
        return this;
    }

    /** The digest of everything hashed so far; this object then starts over, empty. */
    public Digest finish() {
        return new Digest(algorithm, engine.digest());
    }

    /** The digest of a byte array. */
    public static Digest of(DigestAlgorithm algorithm, byte[] bytes) {
        return new StreamingDigest(algorithm).update(bytes, 0, bytes.length).finish();
    }

    /** The digest of a stream, read to its end (the caller closes it). */
    public static Digest of(DigestAlgorithm algorithm, InputStream in) throws IOException {
        return new StreamingDigest(algorithm).update(in).finish();
    }

    /** The digest of a file's content. */
    public static Digest of(DigestAlgorithm algorithm, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(algorithm, in);
        }
    }

    private static MessageDigest engine(DigestAlgorithm algorithm) {
        try {
            return switch (algorithm) {
                case SHA256 -> MessageDigest.getInstance(algorithm.standardName());
                case SM3 -> MessageDigest.getInstance(algorithm.standardName(), BouncyCastle.PROVIDER);
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.standardName() + " is not available in this JVM", e);
        }
    }
}
