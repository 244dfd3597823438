package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.AnchorSamples.SH_MARKET;
import static io.zhengku.core.anchor.AnchorSamples.invalidField;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.party.PartyCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaterialIdTest {

    @Test
    void a_minted_id_is_written_and_parsed_back_unchanged() {
        MaterialId minted = new MaterialId("113100000024178544", "20261102000042");

        assertThat(minted).hasToString("M.113100000024178544.20261102000042");
        assertThat(MaterialId.parse(minted.toString())).isEqualTo(minted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"M.113100000024178544.a2", "M.113100000024178544.", "N.113100000024178544.A2",
        "M.11310000002417854.A2", "M.113100000024178544.A2.", "M.113100000024178544.123456789012345678901234567890123"})
    void text_not_of_the_material_id_syntax_is_refused(String text) {
        InvalidFieldException e = invalidField(() -> MaterialId.parse(text));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.field()).isEqualTo("material id");
    }

    @Test
    void an_issuer_code_with_a_wrong_check_character_is_refused_with_the_party_code_reason() {
        InvalidFieldException e = invalidField(() -> MaterialId.parse("M.113100000024178545.A2"));

        assertThat(e.field()).isEqualTo("material id issuer code");
        assertThat(e.getCause()).isInstanceOfSatisfying(PartyCodeException.class,
                cause -> assertThat(cause.reason()).isEqualTo(PartyCodeException.Reason.CHECK_CHARACTER));
    }

    @Test
    void a_serial_out_of_the_alphabet_cannot_be_minted() {
        InvalidFieldException e = invalidField(() -> new MaterialId(SH_MARKET, "A-2"));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.field()).isEqualTo("material id serial");
    }

    @Test
    void no_text_is_refused_as_missing() {
        assertThat(invalidField(() -> MaterialId.parse(null)).reason()).isEqualTo(Reason.MISSING);
    }
}
