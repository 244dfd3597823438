package io.zhengku.signing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.OpenSsl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as {@code ./zk} runs it, and its P-256 seal checked by {@code openssl cms}. */
class SigningJarIT {

    private static final Path JAR = Path.of("target", "zhengku-signing.jar");

    @TempDir
    Path dir;

    @Test
    void the_jar_creates_a_pki_seals_a_document_and_openssl_and_the_jar_verify_it() throws Exception {
        Path pki = dir.resolve("pki");
        List<String> lines = java("pki", "init", "--out", pki.toString()).lines().toList();
        String p256Keystore = lines.stream().filter(l -> l.contains(" p256 ")).findFirst().orElseThrow().split(" ")[3];
        Path document = Files.writeString(dir.resolve("licence.txt"), "卫生许可证");
        Path signature = dir.resolve("licence.p7s");

        java("seal", "sign", "--keystore", p256Keystore, document.toString(), signature.toString());

        assertThat(java("seal", "verify", "--ca", pki.resolve("shanghai-root.pem").toString(), document.toString(),
                signature.toString())).isEqualTo("VALID\n");
        assertThat(OpenSsl.runOk("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", document.toString(), "-CAfile", pki.resolve("shanghai-root.pem").toString(),
                "-out", "/dev/null")).contains("Verification successful");
    }

    private static String java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args)).isZero();
        return out;
    }
}
