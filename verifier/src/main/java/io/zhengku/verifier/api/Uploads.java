package io.zhengku.verifier.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.problem.ProblemException;
import io.zhengku.signing.digest.StreamingDigest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads multipart uploads as they stream, on a blocking thread, refusing them as soon as they pass their
 * limit: nothing is written to disk, and a file is never held whole.
 */
final class Uploads {

    private Uploads() {
    }

    /** A file's SHA-256 and SM3, lowercase hex. */
    record Digests(String sha256, String sm3) {
    }

    /** The digests of a file part, both computed in one pass; refused past {@code limit} bytes or when empty. */
    static Digests digestsOf(StreamingFileUpload file, long limit) {
        StreamingDigest sha256 = new StreamingDigest(DigestAlgorithm.SHA256);
        StreamingDigest sm3 = new StreamingDigest(DigestAlgorithm.SM3);
        long total = read(file, limit, "file", "verify a larger one by its SHA-256 instead", (buffer, length) -> {
            sha256.update(buffer, 0, length);
            sm3.update(buffer, 0, length);
        });
        if (total == 0) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "file-empty", "the file part is empty; "
                    + "send the document to verify as multipart part \"file\"", "file", null);
        }
        return new Digests(sha256.finish().hex(), sm3.finish().hex());
    }

    /** The bytes of a small part, such as a picture, refused past {@code limit} bytes. */
    static byte[] bytesOf(StreamingFileUpload upload, int limit, String part, String whatToDo) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        read(upload, limit, part, whatToDo, (buffer, length) -> bytes.write(buffer, 0, length));
        return bytes.toByteArray();
    }

    private interface Chunks {
        void accept(byte[] buffer, int length);
    }

    /** Streams the upload to {@code chunks}, refusing it once it passes {@code limit}; returns its length. */
    private static long read(StreamingFileUpload upload, long limit, String part, String whatToDo, Chunks chunks) {
        byte[] buffer = new byte[StreamingDigest.BUFFER_SIZE];
        long total = 0;
        try (InputStream in = upload.asInputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                total += read;
                if (total > limit) {
                    throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, part + "-too-large", "the "
                            + part + " is at most " + limit + " bytes; " + whatToDo, part, null);
                }
                chunks.accept(buffer, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the " + part + " could not be read to its end", e);
        }
        return total;
    }
}
