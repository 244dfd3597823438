package io.zhengku.signing.cli;

import io.zhengku.signing.cms.CmsSealer;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.PasswordFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seal sign --keystore P12 [--password-file F] DOC SIG}: writes a detached DER CMS seal. */
@Command(name = "sign",
        description = "Seals DOC with the key in a PKCS#12 keystore and writes a detached DER CMS signature to SIG.")
final class SealSignCommand implements Callable<Integer> {

    @Option(names = "--keystore", required = true, paramLabel = "P12", description = "The seal's PKCS#12 keystore.")
    Path keystore;

    @Option(names = "--password-file", paramLabel = "F",
            description = "File holding the keystore password (default: " + DevPki.PASSWORD_FILE
                    + " beside the keystore).")
    Path passwordFile;

    @Parameters(index = "0", paramLabel = "DOC", description = "The document to seal.")
    Path document;

    @Parameters(index = "1", paramLabel = "SIG", description = "Where to write the signature.")
    Path signature;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(keystore)) {
            throw new IOException("no keystore at " + keystore + "; give a .p12 path that pki init printed");
        }
        Path passwords = passwordFile != null ? passwordFile
                : keystore.toAbsolutePath().getParent().resolve(DevPki.PASSWORD_FILE);
        if (!Files.isRegularFile(passwords)) {
            throw new IOException("no password file at " + passwords + "; pass --password-file F");
        }
        char[] password = PasswordFile.read(passwords);
        SealCredential seal;
        try {
            seal = Pkcs12Keystore.load(keystore, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (!Files.isRegularFile(document)) {
            throw new IOException("no document at " + document + "; give the file to seal");
        }
        Files.write(signature, new CmsSealer(seal, Clock.systemUTC()).sign(document));
        return 0;
    }
}
