package io.zhengku.ledger.cli;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.signing.digest.StreamingDigest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A file given to {@code anchor}, read once for both of the digests an anchor entry carries.
 *
 * @param path the file as given
 * @param sha256 its SHA-256, the key it is anchored under
 * @param sm3 its SM3
 */
record HashedFile(Path path, Digest sha256, Digest sm3) {

    HashedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
    }

    /**
     * Hashes every file, or none: a command that anchors only some of what it was given leaves its user to find
     * out which, so every problem is reported before anything is anchored.
     *
     * @throws IOException naming each file that cannot be anchored, and what to do about it
     */
    static List<HashedFile> hashAll(List<Path> files) throws IOException {
        List<HashedFile> hashed = new ArrayList<>(files.size());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                problems.add(file + " is a directory: name the files in it instead");
                continue;
            }
            try {
                hashed.add(hash(file));
            } catch (NoSuchFileException e) {
                problems.add(file + " does not exist: check the path");
            } catch (AccessDeniedException e) {
                problems.add(file + " cannot be read: give the user running this read permission");
            } catch (IOException e) {
                problems.add(file + " cannot be read (" + e.getMessage() + "): check that it is a readable file");
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException("nothing was anchored:\n  " + String.join("\n  ", problems));
        }
        return List.copyOf(hashed);
    }

    private static HashedFile hash(Path file) throws IOException {
        StreamingDigest sha256 = new StreamingDigest(DigestAlgorithm.SHA256);
        StreamingDigest sm3 = new StreamingDigest(DigestAlgorithm.SM3);
        byte[] buffer = new byte[StreamingDigest.BUFFER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                sm3.update(buffer, 0, read);
            }
        }
        return new HashedFile(file, sha256.finish(), sm3.finish());
    }
}
