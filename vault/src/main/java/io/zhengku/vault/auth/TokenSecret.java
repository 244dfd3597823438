package io.zhengku.vault.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HMAC key that signs and checks bearer tokens in development, read from a file so that it never sits in
 * configuration, logs or a process listing. Production points the vault at the region's identity provider.
 */
public final class TokenSecret {

    /** HS256 needs at least 256 bits. */
    static final int MIN_CHARS = 32;

    private TokenSecret() {
    }

    /**
     * @throws IllegalStateException naming the file and what to do when it is missing or too short
     */
    public static String read(Path file) {
        String secret;
        try {
            secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the token secret file " + file + " (" + e.getMessage()
                    + "); set zhengku.auth.secret-file (ZHENGKU_AUTH_SECRET_FILE) to a file of at least "
                    + MIN_CHARS + " random characters; ./zk up makes one", e);
        }
        if (secret.length() < MIN_CHARS) {
            throw new IllegalStateException("the token secret in " + file + " has " + secret.length()
                    + " characters; at least " + MIN_CHARS + " random characters are needed");
        }
        return secret;
    }
}
