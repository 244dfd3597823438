package io.zhengku.vault.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** The first or last bytes of a file, where formats put the markers that prove it is complete. */
final class FileBytes {

    private FileBytes() {
    }

    /** Up to {@code count} bytes from the start; fewer when the file is shorter. */
    static byte[] head(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    /** Up to {@code count} bytes from the end; fewer when the file is shorter. */
    static byte[] tail(Path file, int count) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] tail = new byte[(int) Math.min(count, in.length())];
            in.seek(in.length() - tail.length);
            in.readFully(tail);
            return tail;
        }
    }
}
