package io.zhengku.vault.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenCliTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DevTokenCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void list_prints_each_demo_department_with_its_region_and_type_codes() {
        Run list = run("--list");

        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).containsExactly(
                "113101010024795883 shanghai 11100000000013338W011,11100000000013338W012,11100000000013338M001,"
                        + "11100000000013338M002",
                "11310101002479609K shanghai 11100000000013338W021,11100000000013338M001",
                "11330100002489137M zhejiang 11100000000013338W011,11100000000013338M001,11100000000013338M002");
    }

    @Test
    void the_default_token_is_shanghais_demo_department_signed_with_the_secret() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), SECRET);

        Run token = run("--secret-file", secret.toString());

        SignedJWT jwt = SignedJWT.parse(token.out().strip());
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("113101010024795883");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("department");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("region")).isEqualTo("shanghai");
    }

    @Test
    void a_holder_token_names_the_holder_and_an_unknown_department_is_refused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), SECRET);

        Run holder = run("--secret-file", secret.toString(), "--holder", "91310101MA1FPX121X");
        Run unknown = run("--secret-file", secret.toString(), "913101010000000000");

        assertThat(SignedJWT.parse(holder.out().strip()).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactly("holder");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("--list");
    }

    @Test
    void a_short_or_missing_secret_is_refused_with_what_to_do() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "short");

        assertThat(run("--secret-file", secret.toString()).err()).contains("at least 32");
        assertThat(run("--secret-file", dir.resolve("none").toString()).err()).contains("ZHENGKU_AUTH_SECRET_FILE");
        assertThat(run().exit()).isEqualTo(2);
    }

    @Test
    void help_prints_the_usage_and_no_token_and_an_unknown_option_is_refused() {
        Run help = run("--help");
        Run unknown = run("--secret-file", dir.resolve("secret").toString(), "--regoin", "zhejiang");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("usage: ./zk token").doesNotContain("eyJ");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown option --regoin").contains("usage:");
    }

    @Test
    void a_region_names_its_first_demo_department() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), SECRET);

        Run zhejiang = run("--secret-file", secret.toString(), "--region", "zhejiang");
        Run anhui = run("--secret-file", secret.toString(), "--region", "anhui");

        SignedJWT jwt = SignedJWT.parse(zhejiang.out().strip());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("11330100002489137M");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("region")).isEqualTo("zhejiang");
        assertThat(anhui.exit()).isEqualTo(1);
        assertThat(anhui.err()).contains("no demo department");
    }
}
