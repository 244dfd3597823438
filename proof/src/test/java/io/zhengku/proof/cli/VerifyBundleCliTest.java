package io.zhengku.proof.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.pki.Certificates;
import io.zhengku.proof.TestBundles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyBundleCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyBundleCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_verdict_comes_first_then_a_line_per_check_and_the_exit_status_tells_the_verdict() throws Exception {
        TestBundles made = TestBundles.make(dir);
        Path bundle = Files.write(dir.resolve("bundle.json"), made.bundle());
        Path roots = dir.resolve("roots.pem");
        Certificates.writePem(roots, TestBundles.SHANGHAI.rootCertificates());

        Run unconfirmed = run(bundle.toString(), "--ca", roots.toString());
        Run valid = run(bundle.toString(), "--ca", roots.toString(), "--file", made.file().toString(),
                "--root", made.root());
        Run invalid = run(bundle.toString(), "--ca", roots.toString(), "--root", "00".repeat(32));

        assertThat(unconfirmed.exit()).isEqualTo(VerifyBundleCli.UNCONFIRMED);
        assertThat(unconfirmed.out().lines().findFirst()).contains("verdict: ROOT_UNCONFIRMED");
        assertThat(valid.exit()).as(valid.out()).isEqualTo(VerifyBundleCli.VALID);
        assertThat(valid.out().lines()).hasSize(7).element(5).asString().startsWith("file: VALID");
        assertThat(invalid.exit()).isEqualTo(VerifyBundleCli.INVALID);
        assertThat(invalid.out()).contains("root: INVALID ROOT_MISMATCH");
    }

    @Test
    void the_seal_is_judged_at_the_anchoring_time_given() throws Exception {
        TestBundles made = TestBundles.make(dir);
        Path bundle = Files.write(dir.resolve("bundle.json"), made.bundle());
        Path roots = dir.resolve("roots.pem");
        Certificates.writePem(roots, TestBundles.SHANGHAI.rootCertificates());

        Run valid = run(bundle.toString(), "--ca", roots.toString(), "--root", made.root(), "--anchored-at",
                TestBundles.NOW.toString());
        Run wrongTime = run(bundle.toString(), "--ca", roots.toString(), "--anchored-at", "yesterday");

        assertThat(valid.exit()).as(valid.out()).isEqualTo(VerifyBundleCli.VALID);
        assertThat(valid.out()).contains("valid when anchored (" + TestBundles.NOW + ")");
        assertThat(wrongTime.exit()).isEqualTo(VerifyBundleCli.USAGE);
        assertThat(wrongTime.err()).contains("--anchored-at yesterday");
    }

    @Test
    void missing_arguments_and_unreadable_roots_are_usage_errors() {
        assertThat(run().exit()).isEqualTo(VerifyBundleCli.USAGE);
        assertThat(run("bundle.json").err()).contains("--ca");
        assertThat(run("bundle.json", "--ca", dir.resolve("none.pem").toString()).exit())
                .isEqualTo(VerifyBundleCli.USAGE);
    }
}
