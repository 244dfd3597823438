package io.zhengku.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code anchor} and {@code find} refuse before they reach a network: these runs have none. */
class AnchorCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LedgerCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int anchor(Path... files) {
        String[] args = new String[files.length + 5];
        args[0] = "anchor";
        args[1] = "--connection";
        args[2] = dir.resolve("no-connection.json").toString();
        args[3] = "--pki";
        args[4] = dir.resolve("no-pki").toString();
        for (int i = 0; i < files.length; i++) {
            args[i + 5] = files[i].toString();
        }
        return run(args);
    }

    @Test
    void a_missing_file_and_a_directory_are_each_named_with_what_to_do_and_nothing_is_anchored() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "a material");
        Path missing = dir.resolve("missing.pdf");
        Path folder = Files.createDirectory(dir.resolve("scans"));

        int exit = anchor(good, missing, folder);

        assertThat(exit).isEqualTo(LedgerCli.USAGE);
        assertThat(err.toString()).contains("nothing was anchored",
                missing + " does not exist: check the path",
                folder + " is a directory: name the files in it instead")
                .doesNotContain("good.txt").doesNotContain("connection");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_type_code_that_is_not_one_is_refused_before_any_file_is_read() {
        int exit = run("anchor", "--connection", "c.json", "--pki", "pki", "--type", "M001", "missing.pdf");

        assertThat(exit).isEqualTo(LedgerCli.USAGE);
        assertThat(err.toString()).contains("--type must be 21 characters").doesNotContain("missing.pdf");
    }

    @Test
    void no_file_at_all_is_a_usage_error() {
        assertThat(run("anchor", "--connection", "c.json", "--pki", "pki")).isEqualTo(LedgerCli.USAGE);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void help_prints_the_usage_and_the_output_lines() {
        assertThat(run("anchor", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: zk ledger anchor")
                .contains("--connection=FILE", "--pki=DIR", "--type=CODE", "anchored SHA256 tx=ID block=N batch=ID",
                        "already-anchored");
    }

    @Test
    void find_refuses_a_malformed_digest_as_a_usage_error_not_as_the_contract_s_refusal() {
        assertThat(run("find", "--connection", "c.json", "not-a-digest")).isEqualTo(LedgerCli.USAGE);
        assertThat(err.toString()).contains("SHA256");
    }
}
