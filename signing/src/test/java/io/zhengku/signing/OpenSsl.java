package io.zhengku.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealCredential;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} binary for the interoperability tests. */
public final class OpenSsl {

    /** What a run printed and how it ended. */
    public record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private OpenSsl() {
    }

    /** Runs {@code openssl args...}, stdout and stderr merged. */
    public static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("openssl " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    /**
     * Hands a seal's private key to OpenSSL the way an operator would: through a PKCS#12 keystore that
     * {@code openssl pkcs12} unpacks into a PEM key file.
     */
    public static Path exportPrivateKey(SealCredential seal, Path dir) throws IOException, InterruptedException {
        Path keystore = dir.resolve("export.p12");
        Path key = dir.resolve("key.pem");
        Pkcs12Keystore.write(keystore, seal, List.of(), "export".toCharArray());
        runOk("pkcs12", "-in", keystore.toString(), "-nocerts", "-nodes", "-passin", "pass:export",
                "-out", key.toString());
        return key;
    }

    /** Runs openssl and fails the test with its output if it does not succeed. */
    public static String runOk(String... args) throws IOException, InterruptedException {
        Result result = run(args);
        if (!result.succeeded()) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n" + result.output());
        }
        return result.output();
    }
}
