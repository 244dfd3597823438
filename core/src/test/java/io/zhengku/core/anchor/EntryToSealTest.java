package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.AnchorSamples.SH_LICENCE_1;
import static io.zhengku.core.anchor.AnchorSamples.SIGNATURE;
import static io.zhengku.core.anchor.AnchorSamples.invalidField;
import static io.zhengku.core.anchor.AnchorSamples.licence;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.json.InvalidFieldException.Reason;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EntryToSealTest {

    private final AnchorEntry entry = licence(1, SH_LICENCE_1);

    @Test
    void an_entry_sealed_with_a_signature_is_the_anchor_entry_carrying_it() {
        assertThat(entry.unsigned().sealedWith(SIGNATURE)).isEqualTo(entry);
    }

    @Test
    void the_bytes_to_seal_are_the_anchor_entrys_signed_bytes() {
        assertThat(entry.unsigned().bytes()).isEqualTo(entry.signedBytes());
    }

    @Test
    void a_signature_that_is_not_canonical_base64_is_refused_when_sealing() {
        assertThat(invalidField(() -> entry.unsigned().sealedWith("not base64!")).reason())
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void an_unsigned_entry_checks_its_fields_like_an_anchor_entry() {
        String upperCase = entry.metadataCommitment().toUpperCase(Locale.ROOT);

        assertThat(invalidField(() -> new EntryToSeal(entry.sha256(), null, entry.documentId(), entry.kind(),
                entry.typeCode(), entry.issuerCode(), entry.validFrom(), null, upperCase,
                entry.sealFingerprint())).field()).isEqualTo("metadataCommitment");
    }
}
