package io.zhengku.bench.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class OpenSslSpeedTest {

    @Test
    void the_digest_rate_is_the_last_number_of_the_last_result_line() throws IOException {
        String output = """
                CPUINFO: OPENSSL_ia32cap=0xfffa3203078bffff:0x405fc6f1bf07ab
                +DT:sha256:3:16384
                +R:108036:sha256:3.000000
                +H:16384
                +F:25:sha256:1787941236.36
                """;

        assertThat(OpenSslSpeed.lastResult(output)).last().isEqualTo(1787941236.36);
    }

    @Test
    void the_sm2_rates_are_the_last_two_numbers_after_the_curve_name() throws IOException {
        String output = """
                +DTP:256:sign:CurveSM2:3
                +R10:7374:256:CurveSM2:3.00
                +DTP:256:verify:CurveSM2:3
                +R11:10116:256:CurveSM2:3.00
                +F7:0:256:CurveSM2:2458.000000:3372.000000
                """;

        assertThat(OpenSslSpeed.lastResult(output)).endsWith(2458.0, 3372.0);
    }

    @Test
    void the_ecdsa_rates_are_the_last_two_numbers() throws IOException {
        assertThat(OpenSslSpeed.lastResult("+F4:3:256:45250.000000:15987.000000\n")).endsWith(45250.0, 15987.0);
    }

    @Test
    void output_without_a_result_line_is_an_error_that_shows_the_output() {
        assertThatThrownBy(() -> OpenSslSpeed.lastResult("speed: Unknown algorithm sm4x\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("Unknown algorithm");
    }
}
