package io.zhengku.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.party.PartyCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    private static final String SAMPLE = "11010519491231002X";

    private static PartyCodeException rejection(String number) {
        PartyCodeException e = catchThrowableOfType(PartyCodeException.class, () -> new ResidentIdNumber(number));
        assertThat(e).as("a PartyCodeException").isNotNull();
        return e;
    }

    @Test
    void the_public_sample_number_is_accepted() {
        assertThat(new ResidentIdNumber(SAMPLE).number()).isEqualTo(SAMPLE);
    }

    @Test
    void the_text_form_masks_the_birth_date_so_logs_never_hold_the_number() {
        assertThat(new ResidentIdNumber(SAMPLE)).hasToString("110105********002X");
    }

    @Test
    void a_number_in_a_leap_year_february_29_is_accepted() {
        assertThat(new ResidentIdNumber("110105200002290013").number()).endsWith("0013");
    }

    @Test
    void every_wrong_check_character_is_rejected() {
        for (char c : "0123456789".toCharArray()) {
            assertThat(rejection("11010519491231002" + c).reason()).isEqualTo(Reason.CHECK_CHARACTER);
        }
    }

    @Test
    void every_single_digit_substitution_is_detected() {
        for (int i = 0; i < 17; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != SAMPLE.charAt(i)) {
                    String altered = SAMPLE.substring(0, i) + c + SAMPLE.substring(i + 1);
                    assertThat(rejection(altered).reason()).as("position %d", i + 1)
                            .isIn(Reason.CHECK_CHARACTER, Reason.BIRTH_DATE);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} is rejected as {1}")
    @CsvSource({
        "11010519491231002, LENGTH",
        "11010519491231002XX, LENGTH",
        "11010519491231002x, ALPHABET",
        "1101051949123100AX, ALPHABET",
        "11010519490229002X, BIRTH_DATE",
        "11010519491331002X, BIRTH_DATE",
        "11010519491200002X, BIRTH_DATE",
        "110105194912310021, CHECK_CHARACTER",
    })
    void a_malformed_number_is_rejected_with_the_reason(String number, Reason reason) {
        assertThat(rejection(number).reason()).isEqualTo(reason);
    }

    @Test
    void no_rejection_message_repeats_the_number_or_its_birth_date() {
        for (String bad : new String[] {"110105194912310021", "11010519490229002X", "11010519491231002x"}) {
            assertThat(rejection(bad).getMessage()).doesNotContain(bad.substring(0, 14)).doesNotContain("1949");
        }
    }

    @Test
    void a_missing_number_is_refused() {
        assertThatThrownBy(() -> new ResidentIdNumber(null)).isInstanceOf(NullPointerException.class);
    }
}
