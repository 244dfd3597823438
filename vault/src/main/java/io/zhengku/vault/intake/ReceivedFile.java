package io.zhengku.vault.intake;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.signing.digest.StreamingDigest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file held in a temporary file, with its size and its SHA-256 and SM3 digests, computed while it
 * arrived. Closing it deletes the temporary file.
 *
 * <pre>{@code
 * try (ReceivedFile file = ReceivedFile.receive(body, uploadDir, limits)) {
 *     InspectedFile inspected = inspector.inspect(file, partContentType);
 *     store.put(file.sha256(), file.openStream(), file.size());
 * }
 * }</pre>
 */
public final class ReceivedFile implements AutoCloseable {

    private final Path path;
    private final long size;
    private final Digest sha256;
    private final Digest sm3;
    private boolean closed;

    private ReceivedFile(Path path, long size, Digest sha256, Digest sm3) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
        this.sm3 = sm3;
    }

    /**
     * Copies {@code in} to a new file in {@code tempDir}, hashing it on the way. Reads at most one byte more
     * than {@code limits.maxBytes()}, so an oversized upload costs no more than the limit. The caller closes
     * {@code in}.
     *
     * @throws IntakeException {@link IntakeProblem#FILE_EMPTY} or {@link IntakeProblem#FILE_TOO_LARGE}; the
     *                         temporary file is deleted
     * @throws IOException     when reading {@code in} or writing the temporary file fails; it is deleted
     */
    public static ReceivedFile receive(InputStream in, Path tempDir, UploadLimits limits) throws IOException {
        requireNonNull(in, "in");
        requireNonNull(limits, "limits");
        Path path = Files.createTempFile(requireNonNull(tempDir, "tempDir"), "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(path)) {
            return copy(in, out, path, limits.maxBytes());
        } catch (IOException | RuntimeException | Error e) {
            deleteAfterFailure(path, e);
            throw e;
        }
    }

    private static ReceivedFile copy(InputStream in, OutputStream out, Path path, long maxBytes)
            throws IOException {
        StreamingDigest sha256 = new StreamingDigest(DigestAlgorithm.SHA256);
        StreamingDigest sm3 = new StreamingDigest(DigestAlgorithm.SM3);
        byte[] buffer = new byte[StreamingDigest.BUFFER_SIZE];
        long size = 0;
        while (size <= maxBytes) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            sha256.update(buffer, 0, read);
            sm3.update(buffer, 0, read);
            size += read;
        }
        if (size > maxBytes) {
            throw new IntakeException(IntakeProblem.FILE_TOO_LARGE, "The file is larger than " + maxBytes
                    + " bytes, the most accepted; make it smaller (for example with lower-resolution scans)"
                    + " or split it.");
        }
        if (size == 0) {
            throw new IntakeException(IntakeProblem.FILE_EMPTY,
                    "The file is empty (0 bytes); choose the document itself and upload it again.");
        }
        return new ReceivedFile(path, size, sha256.finish(), sm3.finish());
    }

    private static void deleteAfterFailure(Path path, Throwable failure) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The temporary file; valid until {@link #close()}. */
    public Path path() {
        requireOpen();
        return path;
    }

    /** The number of bytes received. */
    public long size() {
        return size;
    }

    /** The SHA-256 of the bytes received. */
    public Digest sha256() {
        return sha256;
    }

    /** The SM3 of the bytes received. */
    public Digest sm3() {
        return sm3;
    }

    /** A new stream over the bytes received, from the start; the caller closes it. */
    public InputStream openStream() throws IOException {
        return Files.newInputStream(path());
    }

    /** Deletes the temporary file; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            Files.deleteIfExists(path);
            closed = true;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the received file was closed and its temporary file deleted");
        }
    }
}
