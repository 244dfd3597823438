package io.zhengku.core.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.licence.LicenceIdException.Part;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenceIdTest {

    private static final String GOLDEN = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";
    private static final String TYPE = "11100000000013338W011";
    private static final String ISSUER = "11430000006122244L";

    private static Part rejectedPart(ThrowingCallable action) {
        LicenceIdException e = catchThrowableOfType(LicenceIdException.class, action);
        assertThat(e).as("a LicenceIdException").isNotNull();
        return e.part();
    }

    @Test
    void the_publicly_used_identifier_parses_into_its_parts() {
        LicenceId id = LicenceId.parse(GOLDEN);

        assertThat(id.typeCode()).isEqualTo(TYPE);
        assertThat(id.issuerCode()).isEqualTo(ISSUER);
        assertThat(id.serial()).isEqualTo("20230000403");
        assertThat(id.version()).isEqualTo("001");
        assertThat(id.checkCharacter()).isEqualTo('U');
        assertThat(id).hasToString(GOLDEN);
    }

    @Test
    void minting_the_golden_parts_reproduces_the_golden_identifier() {
        assertThat(LicenceId.mint(TYPE, ISSUER, "20230000403", "001")).isEqualTo(LicenceId.parse(GOLDEN));
    }

    @Test
    void a_minted_identifier_survives_a_round_trip_through_its_text() {
        LicenceId minted = LicenceId.mint(TYPE, ISSUER, "ZK0000000000000000A9", "012");

        assertThat(LicenceId.parse(minted.toString())).isEqualTo(minted);
    }

    @Test
    void serials_of_one_and_twenty_characters_are_accepted() {
        assertThat(LicenceId.mint(TYPE, ISSUER, "7", "001").serial()).isEqualTo("7");
        assertThat(LicenceId.mint(TYPE, ISSUER, "A".repeat(20), "001").serial()).hasSize(20);
    }

    @Test
    void a_wrong_check_character_is_rejected_naming_the_check_character() {
        LicenceIdException e = catchThrowableOfType(LicenceIdException.class,
                () -> LicenceId.parse(GOLDEN.substring(0, GOLDEN.length() - 1) + "V"));

        assertThat(e.part()).isEqualTo(Part.CHECK_CHARACTER);
        assertThat(e).hasMessageContaining("'V'").hasMessageContaining("'U'");
    }

    @Test
    void a_mistyped_serial_is_caught_by_the_check_character() {
        String typo = GOLDEN.replace(".20230000403.", ".20230000408.");

        assertThat(rejectedPart(() -> LicenceId.parse(typo))).isEqualTo(Part.CHECK_CHARACTER);
    }

    @ParameterizedTest(name = "{0} is rejected as {1}")
    @CsvSource({
        "1.2.156.3005.1.11100000000013338W011.11430000006122244L.20230000403.001.U, PREFIX",
        "11100000000013338W011.11430000006122244L.20230000403.001.U, PREFIX",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001, STRUCTURE",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U., STRUCTURE",
        "1.2.156.3005.2.1110000000013338W011.11430000006122244L.20230000403.001.U, TYPE_CODE",
        "1.2.156.3005.2.11100000000013338w011.11430000006122244L.20230000403.001.U, TYPE_CODE",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244.20230000403.001.U, ISSUER_CODE",
        "1.2.156.3005.2.11100000000013338W011.1143000000612224-L.20230000403.001.U, ISSUER_CODE",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L..001.U, SERIAL",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.123456789012345678901.001.U, SERIAL",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.01.U, VERSION",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.00A.U, VERSION",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.UU, CHECK_CHARACTER",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.u, CHECK_CHARACTER",
    })
    void a_malformed_identifier_is_rejected_naming_the_wrong_part(String text, Part part) {
        assertThat(rejectedPart(() -> LicenceId.parse(text))).isEqualTo(part);
    }

    @Test
    void minting_with_an_invalid_part_names_that_part() {
        assertThat(rejectedPart(() -> LicenceId.mint("short", ISSUER, "1", "001"))).isEqualTo(Part.TYPE_CODE);
        assertThat(rejectedPart(() -> LicenceId.mint(TYPE, null, "1", "001"))).isEqualTo(Part.ISSUER_CODE);
        assertThat(rejectedPart(() -> LicenceId.mint(TYPE, ISSUER, "ab", "001"))).isEqualTo(Part.SERIAL);
        assertThat(rejectedPart(() -> LicenceId.mint(TYPE, ISSUER, "1", "1"))).isEqualTo(Part.VERSION);
    }

    @Test
    void the_error_message_says_what_the_part_must_be_and_what_was_given() {
        assertThatThrownBy(() -> LicenceId.mint(TYPE, ISSUER, "1", "1"))
                .hasMessage("licence identifier version must be 3 digits, got \"1\"");
    }

    @Test
    void parsing_nothing_is_refused() {
        assertThatThrownBy(() -> LicenceId.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
