package io.zhengku.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.text.PlainText.Flaw;
import io.zhengku.core.text.PlainText.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"上海某某科技有限公司", "Zhang San", "张三·李四", "《营业执照》（副本）", "O'Brien & Sons, Ltd.",
            "Ölçek-Müller", "مرحبا", "𠀀𪚥 (supplementary ideographs)", "注册资本 < 100万元 > 50万元"})
    void ordinary_text_in_any_script_is_plain(String text) {
        assertThat(PlainText.firstFlaw(text)).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({
            "0000, CONTROL_CHARACTER", "0009, CONTROL_CHARACTER", "000A, CONTROL_CHARACTER",
            "000D, CONTROL_CHARACTER", "001F, CONTROL_CHARACTER", "007F, CONTROL_CHARACTER",
            "0080, CONTROL_CHARACTER", "009F, CONTROL_CHARACTER", "2028, CONTROL_CHARACTER",
            "2029, CONTROL_CHARACTER",
            "202A, BIDI_CONTROL", "202B, BIDI_CONTROL", "202C, BIDI_CONTROL", "202D, BIDI_CONTROL",
            "202E, BIDI_CONTROL", "2066, BIDI_CONTROL", "2067, BIDI_CONTROL", "2068, BIDI_CONTROL",
            "2069, BIDI_CONTROL", "200E, BIDI_CONTROL", "200F, BIDI_CONTROL", "061C, BIDI_CONTROL",
            "D800, LONE_SURROGATE", "DFFF, LONE_SURROGATE",
            "FDD0, NONCHARACTER", "FDEF, NONCHARACTER", "FFFE, NONCHARACTER", "FFFF, NONCHARACTER",
            "1FFFE, NONCHARACTER", "10FFFF, NONCHARACTER"})
    void a_refused_character_is_found_with_its_kind_and_place(String hex, Kind kind) {
        int codePoint = Integer.parseInt(hex, 16);
        String text = "上海" + new String(Character.toChars(codePoint)) + "公司";

        assertThat(PlainText.firstFlaw(text)).contains(new Flaw(kind, 3, codePoint));
        assertThat(PlainText.firstFlawInName(text)).contains(new Flaw(kind, 3, codePoint));
    }

    @ParameterizedTest
    @ValueSource(chars = {'<', '>'})
    void angle_brackets_are_refused_in_names_only(char bracket) {
        String text = "Acme" + bracket + "script";

        assertThat(PlainText.firstFlawInName(text)).contains(new Flaw(Kind.MARKUP, 5, bracket));
        assertThat(PlainText.firstFlaw(text)).isEmpty();
    }

    @Test
    void positions_count_characters_not_utf16_units_and_the_first_flaw_is_named() {
        String text = "𠀀𠀀" + (char) 0x202E + "x" + (char) 0;

        Optional<Flaw> flaw = PlainText.firstFlaw(text);

        assertThat(flaw).contains(new Flaw(Kind.BIDI_CONTROL, 3, 0x202E));
        assertThat(flaw.orElseThrow().explain("holderName")).isEqualTo("holderName has a bidirectional control"
                + " character U+202E at character 3; remove it: it is invisible and changes the order in which the"
                + " text is shown");
    }

    @Test
    void a_low_surrogate_before_its_high_one_is_two_lone_surrogates() {
        String reversed = "" + (char) 0xDC00 + (char) 0xD840;

        assertThat(PlainText.firstFlaw(reversed)).contains(new Flaw(Kind.LONE_SURROGATE, 1, 0xDC00));
        assertThat(PlainText.firstFlaw(reversed.substring(1))).contains(new Flaw(Kind.LONE_SURROGATE, 1, 0xD840));
    }
}
