package io.zhengku.signing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.signing.pki.DevPki;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningCliTest {

    @TempDir
    static Path dir;
    static Path pki;
    static Run init;

    /** What one command printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void initialise_the_pki_once() {
        pki = dir.resolve("pki");
        init = run("pki", "init", "--out", pki.toString());
    }

    @Test
    void pki_init_prints_a_root_per_region_and_the_demo_seals() {
        assertThat(init.exitCode()).isZero();
        assertThat(init.lines()).hasSize(10);
        assertThat(init.lines().subList(0, 4)).containsExactly(
                "root shanghai " + pki.resolve("shanghai-root.pem"), "root zhejiang " + pki.resolve("zhejiang-root.pem"),
                "root jiangsu " + pki.resolve("jiangsu-root.pem"), "root anhui " + pki.resolve("anhui-root.pem"));
        assertThat(init.lines().subList(4, 10)).allMatch(
                line -> line.matches("seal (113101010024795883|11310101002479609K|11330100002489137M) (sm2|p256) "
                        + "\\S+\\.p12 [0-9a-f]{64}"));
    }

    @Test
    void pki_init_on_a_complete_pki_reuses_it_and_prints_the_same_lines() {
        Run again = run("pki", "init", "--out", pki.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo(init.out());
        assertThat(again.err()).contains("reusing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sm2", "p256"})
    void a_document_sealed_on_the_command_line_verifies_there(String algorithm) throws Exception {
        Path document = Files.writeString(dir.resolve("doc-" + algorithm + ".txt"), "营业执照");
        Path signature = dir.resolve("doc-" + algorithm + ".p7s");

        Run sign = run("seal", "sign", "--keystore", keystore(algorithm).toString(), document.toString(),
                signature.toString());
        Run verify = run("seal", "verify", "--ca", pki.resolve("shanghai-root.pem").toString(), document.toString(),
                signature.toString());

        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).isEqualTo("VALID" + System.lineSeparator());
    }

    @Test
    void a_changed_document_prints_invalid_with_the_reason_code_and_exits_1() throws Exception {
        Path signature = sealedSignature("original");
        Path changed = Files.writeString(dir.resolve("changed.txt"), "0riginal");

        Run verify = run("seal", "verify", "--ca", pki.resolve("shanghai-root.pem").toString(), changed.toString(),
                signature.toString());

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).isEqualTo("INVALID DIGEST_MISMATCH" + System.lineSeparator());
    }

    @Test
    void a_seal_checked_against_another_regions_root_is_invalid_unknown_key() throws Exception {
        Path signature = sealedSignature("for zhejiang");

        Run verify = run("seal", "verify", "--ca", pki.resolve("zhejiang-root.pem").toString(),
                dir.resolve("for zhejiang.txt").toString(), signature.toString());

        assertThat(verify.out()).isEqualTo("INVALID UNKNOWN_KEY" + System.lineSeparator());
    }

    @Test
    void a_missing_argument_is_a_usage_error_that_says_what_is_missing() {
        Run verify = run("seal", "verify", "--ca", pki.resolve("shanghai-root.pem").toString());

        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(verify.err()).contains("Missing required parameter", "DOC");
    }

    @Test
    void a_document_that_does_not_exist_is_a_usage_error() {
        Run verify = run("seal", "verify", "--ca", pki.resolve("shanghai-root.pem").toString(),
                dir.resolve("nowhere.pdf").toString(), dir.resolve("nowhere.p7s").toString());

        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(verify.err()).contains("nowhere.pdf");
    }

    @Test
    void a_command_group_without_a_command_says_which_commands_exist() {
        Run seal = run("seal");

        assertThat(seal.exitCode()).isEqualTo(2);
        assertThat(seal.err()).contains("seal sign", "seal verify");
    }

    private static Path keystore(String algorithm) {
        return pki.resolve("seal-" + DevPki.DEMO_DEPARTMENT.creditCode() + "-" + algorithm + ".p12");
    }

    private static Path sealedSignature(String text) throws Exception {
        Path document = Files.writeString(dir.resolve(text + ".txt"), text);
        Path signature = dir.resolve(text + ".p7s");
        assertThat(run("seal", "sign", "--keystore", keystore("sm2").toString(), document.toString(),
                signature.toString()).exitCode()).isZero();
        return signature;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SigningCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
