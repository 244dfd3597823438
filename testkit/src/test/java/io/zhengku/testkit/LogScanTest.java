package io.zhengku.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** local/scan-logs, the last check of ./zk test, finds a planted value and says where without saying it. */
class LogScanTest {

    private static final Path VALUES = Checkout.root().resolve("testkit/src/main/resources/private-test-values.txt");

    @TempDir
    Path logs;

    private record Scan(int status, String output) {
    }

    @Test
    void a_holder_name_planted_in_a_log_fails_the_scan_which_names_the_file_and_line_but_not_the_name()
            throws Exception {
        Path log = logs.resolve("services/vault.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "INFO issued 1.2.156...\nINFO holder 上海示例科技有限公司 registered\n");

        Scan scan = scan(logs);

        assertThat(scan.status()).isEqualTo(1);
        assertThat(scan.output()).contains(log + ":2:").contains("line " + lineOf("上海示例科技有限公司"))
                .doesNotContain("上海示例科技有限公司");
    }

    @Test
    void an_id_number_and_a_file_marker_in_test_output_are_found_too() throws Exception {
        Files.writeString(logs.resolve("io.zhengku.SomeIT-output.txt"), "id 11010519491231002X\n");
        Files.writeString(logs.resolve("crash.log"), "part ZK-PRIVATE-FILE-CONTENT-7F3A\n");

        Scan scan = scan(logs);

        assertThat(scan.status()).isEqualTo(1);
        assertThat(scan.output()).contains("SomeIT-output.txt:1:").contains("crash.log:1:")
                .doesNotContain("11010519491231002X").doesNotContain("ZK-PRIVATE-FILE-CONTENT-7F3A");
    }

    @Test
    void logs_of_identifiers_and_digests_only_pass() throws Exception {
        Files.writeString(logs.resolve("vault.log"), "INFO anchored 3 documents, sha256 9f86d081884c7d65\n");

        Scan scan = scan(logs, logs.resolve("no-such-folder"));

        assertThat(scan.status()).isZero();
        assertThat(scan.output()).contains("no private test value in 1 log files");
    }

    private static int lineOf(String value) throws IOException {
        List<String> lines = Files.readAllLines(VALUES);
        return lines.indexOf(value) + 1;
    }

    private static Scan scan(Path... paths) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Checkout.root().resolve("local/scan-logs").toString(), VALUES.toString()));
        for (Path path : paths) {
            command.add(path.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Scan(process.waitFor(), output);
    }
}
