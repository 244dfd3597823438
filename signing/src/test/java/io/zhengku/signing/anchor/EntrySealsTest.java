package io.zhengku.signing.anchor;

import static io.zhengku.signing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.testing.Mutations;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.TestPki;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.DevPki;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EntrySealsTest {

    private static final String TYPE = "11100000000013338W011";
    private static final String ISSUER = DevPki.DEMO_DEPARTMENT.creditCode().code();

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void an_entry_sealed_by_the_department_verifies_with_its_seal_certificate(SealAlgorithm algorithm)
            throws Exception {
        SealCredential seal = TestPki.seal(algorithm);

        AnchorEntry entry = EntrySeals.seal(unsigned(seal, "2031-11-01"), seal);

        EntrySeals.verify(entry, seal.certificate());
        assertThat(entry.unsigned()).isEqualTo(unsigned(seal, "2031-11-01"));
    }

    @Test
    void an_entry_whose_validity_was_extended_after_sealing_is_a_bad_signature() {
        SealCredential seal = TestPki.seal(SealAlgorithm.SM2_SM3);
        AnchorEntry sealed = EntrySeals.seal(unsigned(seal, "2031-11-01"), seal);
        AnchorEntry extended = unsigned(seal, "2099-12-31").sealedWith(sealed.sealSignature());

        assertRejected(() -> EntrySeals.verify(extended, seal.certificate()), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void an_entry_checked_against_another_seal_certificate_is_an_unknown_key() {
        SealCredential seal = TestPki.seal(SealAlgorithm.SM2_SM3);
        AnchorEntry entry = EntrySeals.seal(unsigned(seal, "2031-11-01"), seal);
        X509Certificate other = TestPki.seal(SealAlgorithm.ECDSA_P256_SHA256).certificate();

        assertRejected(() -> EntrySeals.verify(entry, other), RejectionReason.UNKNOWN_KEY);
    }

    @Test
    void sealing_an_entry_that_names_another_seal_is_refused() {
        EntryToSeal namesSm2 = unsigned(TestPki.seal(SealAlgorithm.SM2_SM3), "2031-11-01");

        assertThatThrownBy(() -> EntrySeals.seal(namesSm2, TestPki.seal(SealAlgorithm.ECDSA_P256_SHA256)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_mutated_seal_signature_is_rejected_with_a_reason_never_a_crash() {
        SealCredential seal = TestPki.seal(SealAlgorithm.SM2_SM3);
        EntryToSeal unsigned = unsigned(seal, "2031-11-01");
        byte[] signature = Base64.getDecoder().decode(EntrySeals.seal(unsigned, seal).sealSignature());

        // An empty signature cannot even make an entry (the ledger refuses it), so only non-empty ones reach here.
        List<byte[]> variants = Mutations.of(signature, 20261127L).stream().filter(v -> v.length > 0).toList();

        Mutations.assertVerifierRefuses(VerificationException.class, variants,
                variant -> EntrySeals.verify(unsigned.sealedWith(Base64.getEncoder().encodeToString(variant)),
                        seal.certificate()));
    }

    private static EntryToSeal unsigned(SealCredential seal, String validUntil) {
        LicenceId id = LicenceId.mint(TYPE, ISSUER, "2026000001", "001");
        return new EntryToSeal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", null,
                id.toString(), DocumentKind.LICENCE, TYPE, ISSUER, "2026-11-02", validUntil,
                "0000000000000000000000000000000000000000000000000000000000000abc",
                Certificates.sha256Fingerprint(seal.certificate()));
    }
}
