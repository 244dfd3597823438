package io.zhengku.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's {@code zbarimg} (package zbar-tools): a QR reader independent of the library that drew the code, as
 * the tests read 亮证 codes back. Nothing is downloaded; .ci/run installs the package.
 */
public final class Zbar {

    private Zbar() {
    }

    /** The text of the one QR code in {@code picture}. */
    public static String read(byte[] picture) throws IOException, InterruptedException {
        Path file = Files.createTempFile("qr", ".png");
        try {
            Files.write(file, picture);
            Process zbar = new ProcessBuilder("zbarimg", "--raw", "--quiet", file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(zbar.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            int status = zbar.waitFor();
            if (status != 0) {
                throw new IOException("zbarimg read no code (exit status " + status + "); is zbar-tools installed "
                        + "(apt-get install zbar-tools)?");
            }
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
