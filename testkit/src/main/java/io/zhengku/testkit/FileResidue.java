package io.zhengku.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a service left of an upload in a folder: the files that appeared there since a listing taken before the
 * upload and hold the uploaded bytes' marker (a string a test writes in clear into every file it uploads). Other
 * processes' new files, which do not hold it, are no residue.
 *
 * <pre>{@code
 * FileResidue residue = FileResidue.since(Path.of(System.getProperty("java.io.tmpdir")));
 * ... upload files holding MARKER ...
 * assertThat(residue.holding(MARKER)).isEmpty();
 * }</pre>
 */
public final class FileResidue {

    private static final int DEPTH = 2;
    private static final long LARGEST_READ = 100L << 20;

    private final Path dir;
    private final Set<Path> before;

    private FileResidue(Path dir, Set<Path> before) {
        this.dir = dir;
        this.before = before;
    }

    /** A listing of {@code dir} and its folders now. */
    public static FileResidue since(Path dir) {
        return new FileResidue(dir, filesIn(dir));
    }

    /** The files that appeared since the listing and hold {@code marker}. */
    public List<Path> holding(String marker) {
        Set<Path> now = filesIn(dir);
        now.removeAll(before);
        return now.stream().filter(file -> holds(file, marker)).sorted().toList();
    }

    /** The regular files in {@code dir} and its folders, skipping what cannot be read or went away. */
    public static Set<Path> filesIn(Path dir) {
        Set<Path> files = new HashSet<>();
        try {
            Files.walkFileTree(dir, Set.of(), DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static boolean holds(Path file, String marker) {
        try {
            return Files.size(file) < LARGEST_READ
                    && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(marker);
        } catch (IOException e) {
            return false; // deleted meanwhile by whoever owned it, or not ours to read
        }
    }
}
