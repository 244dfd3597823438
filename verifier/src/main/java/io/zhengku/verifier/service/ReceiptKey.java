package io.zhengku.verifier.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.zhengku.problem.ProblemException;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.PasswordFile;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The key this verifier signs its verification receipts with: a PKCS#12 keystore
 * ({@code zhengku.verifier.receipt.keystore}) and the file holding its password
 * ({@code zhengku.verifier.receipt.password-file}), read once at start. Without them the verifier still
 * verifies, but refuses to promise a receipt.
 */
@Singleton
public class ReceiptKey {

    private final Optional<SealCredential> key;

    public ReceiptKey(@Value("${zhengku.verifier.receipt.keystore:}") String keystore,
                      @Value("${zhengku.verifier.receipt.password-file:}") String passwordFile) {
        if (keystore.isBlank()) {
            this.key = Optional.empty();
            return;
        }
        char[] password = null;
        try {
            password = PasswordFile.read(Path.of(passwordFile));
            this.key = Optional.of(Pkcs12Keystore.load(Path.of(keystore), password));
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt keystore " + keystore + " cannot be opened with the password"
                    + " in " + passwordFile + "; check zhengku.verifier.receipt.keystore and password-file", e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The key; refuses with 503 {@code no-receipt-key} when none is configured. */
    public SealCredential key() {
        return key.orElseThrow(() -> new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "no-receipt-key",
                "this verifier has no key to sign receipts with; ask without ?receipt=true, or configure "
                        + "zhengku.verifier.receipt.keystore and zhengku.verifier.receipt.password-file "
                        + "(./zk up does)"));
    }
}
