package io.zhengku.vault.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * A request's file part, read once and then let go: closing the stream over it releases the server's last hold
 * on the part, which deletes what the server spooled of it to disk. An unclosed stream kept the spooled file
 * ({@code FUp_*.tmp}) for as long as the vault ran, whether the upload was accepted or refused.
 */
final class FileParts {

    private FileParts() {
    }

    /** What {@code use} answers from the part's bytes; the part is released whatever happens. */
    static <T> T read(CompletedFileUpload file, Function<InputStream, T> use) {
        try (InputStream in = file.getInputStream()) {
            return use.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or release the uploaded file part", e);
        }
    }

    /** The media type the client declared for the part, or null. */
    static String declaredType(CompletedFileUpload file) {
        return file.getContentType().map(MediaType::toString).orElse(null);
    }
}
