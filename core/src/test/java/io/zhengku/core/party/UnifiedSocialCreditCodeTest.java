package io.zhengku.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.party.PartyCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    private static Reason rejection(String code) {
        PartyCodeException e = catchThrowableOfType(PartyCodeException.class, () -> new UnifiedSocialCreditCode(code));
        assertThat(e).as("a PartyCodeException for " + code).isNotNull();
        return e.reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "11430000006122244L"})
    void published_codes_pass_the_check(String code) {
        assertThat(new UnifiedSocialCreditCode(code).code()).isEqualTo(code);
    }

    @Test
    void the_text_form_is_the_code_itself() {
        assertThat(new UnifiedSocialCreditCode("91110000802100433B")).hasToString("91110000802100433B");
    }

    @Test
    void every_wrong_check_character_is_rejected() {
        String body = "91110000802100433";
        for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
            if (c != 'B') {
                assertThat(rejection(body + c)).isEqualTo(Reason.CHECK_CHARACTER);
            }
        }
    }

    @Test
    void every_single_character_substitution_in_a_published_code_is_detected() {
        String code = "91350100M000100Y43";
        for (int i = 0; i < 17; i++) {
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(i)) {
                    String altered = code.substring(0, i) + c + code.substring(i + 1);
                    assertThat(rejection(altered)).as(altered).isEqualTo(Reason.CHECK_CHARACTER);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} is rejected as {1}")
    @CsvSource({
        "9111000080210043B, LENGTH",
        "91110000802100433BB, LENGTH",
        "91110000802I00433B, ALPHABET",
        "91110000802O00433B, ALPHABET",
        "91110000802S00433B, ALPHABET",
        "91110000802V00433B, ALPHABET",
        "91110000802Z00433B, ALPHABET",
        "91110000802100433b, ALPHABET",
        "91110000802100433C, CHECK_CHARACTER",
    })
    void a_malformed_code_is_rejected_with_the_reason(String code, Reason reason) {
        assertThat(rejection(code)).isEqualTo(reason);
    }

    @Test
    void the_message_of_a_wrong_check_character_gives_the_expected_one() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91110000802100433C"))
                .hasMessageContaining("should end in 'B'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"113301000024891339", "11310101002479600P", "91310101MA1FPX1234", "91310101MA1XKDEM0R"})
    void a_code_whose_embedded_organisation_code_fails_gb_11714_is_rejected(String code) {
        assertThat(rejection(code)).isEqualTo(Reason.ORGANISATION_CODE_CHECK);
    }

    @Test
    void the_message_of_a_wrong_organisation_check_digit_gives_the_expected_one() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91310101MA1FPX1234"))
                .hasMessageContaining("organisation code MA1FPX123")
                .hasMessageContaining("should be '1'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11330100002489137M", "91310101MA1FPX121X", "91310000MA1FL4B24G", "113101010024795883"})
    void the_demo_codes_pass_both_checks(String code) {
        assertThat(new UnifiedSocialCreditCode(code).code()).isEqualTo(code);
    }

    @Test
    void a_missing_code_is_refused() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(null)).isInstanceOf(NullPointerException.class);
    }
}
