package io.zhengku.signing.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The file that holds a keystore password (口令文件): one line, readable by its owner only where the file
 * system allows it.
 *
 * <pre>{@code char[] password = PasswordFile.read(Path.of("pki/keystore-password"));}</pre>
 */
public final class PasswordFile {

    private static final int RANDOM_BYTES = 18;

    private PasswordFile() {
    }

    /** Writes a new random password to a new file and returns it. */
    public static char[] create(Path file) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return password.toCharArray();
    }

    /** Reads the password: the file's first line. */
    public static char[] read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int end = content.indexOf('\n');
        String line = (end < 0 ? content : content.substring(0, end)).strip();
        if (line.isEmpty()) {
            throw new IOException(file + " is empty; it should hold the keystore password on its first line");
        }
        return line.toCharArray();
    }
}
