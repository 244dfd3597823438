package io.zhengku.core.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Iso7064Mod37Hybrid36Test {

    private static final String GOLDEN_DATA = "11100000000013338W011" + "11430000006122244L" + "20230000403" + "001";

    @Test
    void the_publicly_used_licence_identifier_has_check_character_u() {
        assertThat(Iso7064Mod37Hybrid36.checkCharacter(GOLDEN_DATA)).isEqualTo('U');
    }

    @Test
    void the_grid_example_from_another_standard_using_mod_37_36_has_check_character_m() {
        // GRid (Global Release Identifier) also uses ISO/IEC 7064 MOD 37,36; its documented example is
        // A1-2425G-ABC1234002-M, an independent known answer.
        assertThat(Iso7064Mod37Hybrid36.checkCharacter("A12425GABC1234002")).isEqualTo('M');
    }

    @Test
    void every_single_character_substitution_changes_the_check_character() {
        char golden = Iso7064Mod37Hybrid36.checkCharacter(GOLDEN_DATA);
        for (int i = 0; i < GOLDEN_DATA.length(); i++) {
            for (char c : Iso7064Mod37Hybrid36.ALPHABET.toCharArray()) {
                if (c == GOLDEN_DATA.charAt(i)) {
                    continue;
                }
                String altered = GOLDEN_DATA.substring(0, i) + c + GOLDEN_DATA.substring(i + 1);
                assertThat(Iso7064Mod37Hybrid36.checkCharacter(altered)).as(altered).isNotEqualTo(golden);
            }
        }
    }

    @Test
    void a_character_outside_the_alphabet_is_rejected_with_its_position() {
        assertThatThrownBy(() -> Iso7064Mod37Hybrid36.checkCharacter("12a4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' at index 2");
    }
}
