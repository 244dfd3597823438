package io.zhengku.verifier.verdict;

import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.core.anchor.BatchRecord;
import static io.zhengku.verifier.testing.AnchoredLicences.ANCHORED_AT;
import static io.zhengku.verifier.testing.AnchoredLicences.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.proof.CheckResult;
import io.zhengku.signing.digest.StreamingDigest;
import io.zhengku.signing.token.PresentationToken;
import io.zhengku.verifier.testing.AnchoredLicences;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationRulesTest {

    private static final AnchoredLicences SHANGHAI = AnchoredLicences.shanghai();
    private static final AnchoredLicences ZHEJIANG = AnchoredLicences.zhejiang();

    private final VerificationRules rules = new VerificationRules(new RememberedEntrySignatures(10), CLOCK);

    @Test
    void an_active_licence_found_by_its_digest_is_valid_with_integrity_skipped() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);

        Verification answer = rules.judge(new Presented.Sha256(licence.sha256()), facts(licence));

        assertThat(answer.verdict()).isEqualTo(Verdict.VALID);
        assertThat(answer.reason()).isEqualTo(Reason.VERIFIED);
        assertThat(answer.integrity()).extracting(Finding::result, Finding::reason)
                .containsExactly(CheckResult.SKIPPED, Reason.DIGEST_ONLY);
        assertThat(answer.status().reason()).isEqualTo(Reason.IN_FORCE);
        assertThat(answer.issuer().reason()).isEqualTo(Reason.SEAL_REGISTERED);
        assertThat(answer.issuer().detail()).contains("上海市黄浦区市场监督管理局", "ShanghaiMSP");
        assertThat(answer.record()).contains(licence.record());
    }

    @Test
    void a_file_whose_bytes_are_anchored_passes_integrity() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);

        Verification answer = rules.judge(contentOf(licence.content(), Optional.empty()), facts(licence));

        assertThat(answer.verdict()).isEqualTo(Verdict.VALID);
        assertThat(answer.integrity()).extracting(Finding::result, Finding::reason)
                .containsExactly(CheckResult.VALID, Reason.CONTENT_MATCHES);
    }

    @Test
    void a_file_presented_as_a_licence_it_is_not_fails_integrity_with_a_digest_mismatch() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        byte[] altered = "%PDF-1.7 营业执照, one figure changed".getBytes(StandardCharsets.UTF_8);

        Verification answer = rules.judge(contentOf(altered, Optional.of(licence.id())), facts(licence));

        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(answer.reason()).isEqualTo(Reason.DIGEST_MISMATCH);
        assertThat(answer.integrity().result()).isEqualTo(CheckResult.INVALID);
        assertThat(answer.integrity().detail()).contains(licence.sha256(), licence.id());
    }

    @Test
    void a_file_with_the_anchored_sha256_but_another_sm3_fails_integrity() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);

        Verification answer = rules.judge(new Presented.Content(licence.sha256(), "0".repeat(64), Optional.empty()),
                facts(licence));

        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(answer.integrity()).extracting(Finding::result, Finding::reason)
                .containsExactly(CheckResult.INVALID, Reason.DIGEST_MISMATCH);
        assertThat(answer.integrity().detail()).contains("SM3");
    }

    @Test
    void a_file_of_an_entry_anchored_without_sm3_is_judged_by_its_sha256() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        AnchorEntry sealed = licence.record().entry();
        AnchorEntry withoutSm3 = new AnchorEntry(sealed.sha256(), null, sealed.documentId(), sealed.kind(),
                sealed.typeCode(), sealed.issuerCode(), sealed.validFrom(), sealed.validUntil(),
                sealed.metadataCommitment(), sealed.sealFingerprint(), sealed.sealSignature());

        Finding integrity = IntegrityCheck.judge(contentOf(licence.content(), Optional.empty()),
                facts(withEntry(licence.record(), withoutSm3), SHANGHAI.registeredDepartment(),
                        SHANGHAI.registeredSeal()).orElseThrow());

        assertThat(integrity).extracting(Finding::result, Finding::reason)
                .containsExactly(CheckResult.VALID, Reason.CONTENT_MATCHES);
        assertThat(integrity.detail()).contains("no SM3");
    }

    @Test
    void a_licence_of_another_region_verifies_the_same_way() {
        Licence licence = ZHEJIANG.anchored(DocumentStatus.ACTIVE);

        Verification answer = rules.judge(new Presented.DocumentId(licence.id()), facts(licence));

        assertThat(answer.verdict()).isEqualTo(Verdict.VALID);
        assertThat(answer.integrity().reason()).isEqualTo(Reason.IDENTIFIER_ONLY);
        assertThat(answer.issuer().detail()).contains("杭州市市场监督管理局", "ZhejiangMSP");
    }

    @Test
    void nothing_anchored_under_a_digest_is_unknown_and_never_valid() {
        Verification answer = rules.judge(new Presented.Sha256("ab".repeat(32)), Optional.empty());

        assertThat(answer.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(answer.reason()).isEqualTo(Reason.NOT_ANCHORED);
        assertThat(answer.status().result()).isEqualTo(CheckResult.INVALID);
        assertThat(answer.record()).isEmpty();
    }

    @Test
    void a_genuine_token_for_a_licence_not_yet_anchored_is_pending_not_verified() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);

        Verification answer = rules.judge(new Presented.Token(tokenOf(licence, Set.of("holderName"))),
                Optional.empty());

        assertThat(answer.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(answer.status()).extracting(Finding::result, Finding::reason)
                .containsExactly(CheckResult.INVALID, Reason.NOT_YET_ANCHORED);
        assertThat(answer.disclosed()).isEmpty();
    }

    @Test
    void revoked_suspended_and_superseded_licences_say_so() {
        assertThat(verdictOf(SHANGHAI.anchored(DocumentStatus.REVOKED))).isEqualTo(Verdict.REVOKED);
        assertThat(verdictOf(SHANGHAI.anchored(DocumentStatus.SUSPENDED))).isEqualTo(Verdict.SUSPENDED);
        Licence superseded = SHANGHAI.anchored(DocumentStatus.SUPERSEDED);
        Verification answer = rules.judge(new Presented.Sha256(superseded.sha256()), facts(superseded));
        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(answer.reason()).isEqualTo(Reason.SUPERSEDED);
        assertThat(answer.status().detail()).contains(superseded.record().lastChange().supersededBy());
    }

    @Test
    void validity_dates_are_judged_by_the_calendar_day_in_china() {
        Licence endsToday = SHANGHAI.anchored(DocumentStatus.ACTIVE, "2026-01-01", "2026-11-27");
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-11-27T15:59:59Z"), ZoneOffset.UTC);
        Clock afterMidnightInChina = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), ZoneOffset.UTC);

        assertThat(rulesAt(lateEveningUtc).judge(new Presented.Sha256(endsToday.sha256()), facts(endsToday))
                .verdict()).isEqualTo(Verdict.VALID);
        Verification expired = rulesAt(afterMidnightInChina).judge(new Presented.Sha256(endsToday.sha256()),
                facts(endsToday));
        assertThat(expired.verdict()).isEqualTo(Verdict.EXPIRED);
        assertThat(expired.reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void a_licence_not_yet_in_force_is_invalid() {
        Licence future = SHANGHAI.anchored(DocumentStatus.ACTIVE, "2026-12-01", "2036-12-01");

        Verification answer = rules.judge(new Presented.Sha256(future.sha256()), facts(future));

        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(answer.reason()).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void an_anchored_entry_changed_after_sealing_fails_the_issuer_check() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        AnchorEntry sealed = licence.record().entry();
        AnchorEntry extended = new AnchorEntry(sealed.sha256(), sealed.sm3(), sealed.documentId(), sealed.kind(),
                sealed.typeCode(), sealed.issuerCode(), sealed.validFrom(), "2099-12-31", sealed.metadataCommitment(),
                sealed.sealFingerprint(), sealed.sealSignature());

        Verification answer = rules.judge(new Presented.Sha256(licence.sha256()),
                facts(withEntry(licence.record(), extended), SHANGHAI.registeredDepartment(), SHANGHAI.registeredSeal()));

        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(answer.reason()).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void forgery_outranks_status_a_revoked_licence_with_a_bad_seal_is_invalid() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.REVOKED);
        RegisteredSeal own = SHANGHAI.registeredSeal();
        RegisteredSeal othersRegistration = new RegisteredSeal(own.fingerprint(), own.algorithm(), own.pem(),
                own.notBefore(), own.notAfter(), ZHEJIANG.uscc(), own.msp(), own.registeredAt(), null);

        Verification answer = rules.judge(new Presented.Sha256(licence.sha256()),
                facts(licence.record(), SHANGHAI.registeredDepartment(), othersRegistration));

        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(answer.reason()).isEqualTo(Reason.SEAL_OF_ANOTHER_DEPARTMENT);
    }

    @Test
    void a_department_of_another_region_fails_the_issuer_check() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        RegisteredDepartment registered = SHANGHAI.registeredDepartment();
        RegisteredDepartment elsewhere = new RegisteredDepartment(registered.uscc(), registered.name(),
                "ZhejiangMSP", registered.typeCodes(), registered.updatedAt());

        assertThat(issuerReason(facts(licence.record(), elsewhere, SHANGHAI.registeredSeal())))
                .isEqualTo(Reason.DEPARTMENT_OF_ANOTHER_REGION);
    }

    @Test
    void a_record_whose_audit_path_does_not_lead_to_its_batch_s_root_is_invalid_whatever_was_presented() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        Licence other = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        BatchRecord otherRoot = AnchoredLicences.singleBatchOf(other.record());
        BatchRecord batch = new BatchRecord(licence.record().batchId(), otherRoot.merkleRoot(), 1, "ShanghaiMSP",
                licence.record().transactionId(), licence.record().anchoredAt());
        Optional<VerificationEvidence> altered = Optional.of(new VerificationEvidence(licence.record(), batch,
                SHANGHAI.registeredDepartment(), SHANGHAI.registeredSeal()));

        Verification byFile = rules.judge(new Presented.Content(licence.sha256(), licence.record().entry().sm3(),
                Optional.empty()), altered);
        Verification byDigest = rules.judge(new Presented.Sha256(licence.sha256()), altered);

        assertThat(byFile.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(byFile.reason()).isEqualTo(Reason.NOT_IN_BATCH);
        assertThat(byDigest.reason()).isEqualTo(Reason.NOT_IN_BATCH);
    }

    @Test
    void a_seal_registered_to_another_department_fails_the_issuer_check() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        RegisteredSeal own = SHANGHAI.registeredSeal();
        RegisteredSeal othersRegistration = new RegisteredSeal(own.fingerprint(), own.algorithm(), own.pem(),
                own.notBefore(), own.notAfter(), ZHEJIANG.uscc(), own.msp(), own.registeredAt(), null);

        assertThat(issuerReason(facts(licence.record(), SHANGHAI.registeredDepartment(), othersRegistration)))
                .isEqualTo(Reason.SEAL_OF_ANOTHER_DEPARTMENT);
    }

    @Test
    void a_seal_retired_before_the_anchoring_fails_and_one_retired_after_does_not() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);

        assertThat(issuerReason(facts(licence.record(), SHANGHAI.registeredDepartment(),
                SHANGHAI.registeredSeal(ANCHORED_AT.minusSeconds(1)))))
                .isEqualTo(Reason.SEAL_NOT_IN_SERVICE_WHEN_ANCHORED);
        assertThat(issuerReason(facts(licence.record(), SHANGHAI.registeredDepartment(),
                SHANGHAI.registeredSeal(ANCHORED_AT.plusSeconds(1))))).isEqualTo(Reason.SEAL_REGISTERED);
    }

    @Test
    void a_seal_certificate_not_valid_when_anchored_fails_the_issuer_check() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        DocumentRecord anchoredBeforeTheSeal = new DocumentRecord(licence.record().entry(), "ShanghaiMSP",
                licence.record().batchId(), 0, List.of(), "tx-early", Instant.parse("2020-01-01T00:00:00Z"),
                DocumentStatus.ACTIVE, null);

        assertThat(issuerReason(facts(anchoredBeforeTheSeal, SHANGHAI.registeredDepartment(),
                SHANGHAI.registeredSeal()))).isEqualTo(Reason.SEAL_NOT_VALID_WHEN_ANCHORED);
    }

    @Test
    void a_type_is_refuted_only_by_a_registry_entry_unchanged_since_the_anchoring() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        List<String> otherTypes = List.of("11100000000013338W012");

        assertThat(issuerReason(facts(licence.record(),
                SHANGHAI.registeredDepartment(ANCHORED_AT.minusSeconds(1), otherTypes), SHANGHAI.registeredSeal())))
                .isEqualTo(Reason.TYPE_NOT_REGISTERED);
        assertThat(issuerReason(facts(licence.record(),
                SHANGHAI.registeredDepartment(ANCHORED_AT.plusSeconds(1), otherTypes), SHANGHAI.registeredSeal())))
                .isEqualTo(Reason.SEAL_REGISTERED);
    }

    @Test
    void a_token_shows_exactly_the_disclosed_fields_once_they_open_the_commitment() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);

        Verification answer = rules.judge(new Presented.Token(tokenOf(licence, Set.of("holderName", "validUntil"))),
                facts(licence));

        assertThat(answer.verdict()).isEqualTo(Verdict.VALID);
        assertThat(answer.integrity().reason()).isEqualTo(Reason.FIELDS_MATCH);
        assertThat(answer.disclosed()).extracting(FieldDisclosure::name, FieldDisclosure::value)
                .containsExactly(tuple("holderName", "上海示例科技有限公司"),
                        tuple("validUntil", "2046-01-01"));
    }

    @Test
    void a_token_whose_disclosed_value_was_changed_fails_integrity_and_shows_nothing() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        PresentationToken genuine = tokenOf(licence, Set.of("holderName"));
        FieldDisclosure shown = genuine.disclosures().get(0);
        PresentationToken edited = withDisclosures(genuine,
                List.of(new FieldDisclosure(shown.name(), shown.salt(), "另一家公司")));

        Verification answer = rules.judge(new Presented.Token(edited), facts(licence));

        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(answer.reason()).isEqualTo(Reason.COMMITMENT_MISMATCH);
        assertThat(answer.disclosed()).isEmpty();
    }

    @Test
    void a_token_naming_another_licence_than_the_one_anchored_under_its_digest_is_invalid() {
        Licence licence = SHANGHAI.anchored(DocumentStatus.ACTIVE);
        Licence other = SHANGHAI.anchored(DocumentStatus.ACTIVE);

        Verification answer = rules.judge(new Presented.Token(tokenOf(other, Set.of("holderName"))),
                facts(licence));

        assertThat(answer.reason()).isEqualTo(Reason.TOKEN_DOCUMENT_MISMATCH);
        assertThat(answer.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void a_refused_token_puts_an_unknown_key_on_the_issuer_and_the_rest_on_integrity() {
        Verification unknownKey = VerificationRules.refusedToken(Reason.TOKEN_UNKNOWN_KEY, "no such seal");
        Verification replayed = VerificationRules.refusedToken(Reason.TOKEN_REPLAYED, "seen before");

        assertThat(unknownKey.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(unknownKey.issuer().reason()).isEqualTo(Reason.TOKEN_UNKNOWN_KEY);
        assertThat(unknownKey.integrity().result()).isEqualTo(CheckResult.SKIPPED);
        assertThat(replayed.integrity().reason()).isEqualTo(Reason.TOKEN_REPLAYED);
        assertThat(replayed.status().result()).isEqualTo(CheckResult.SKIPPED);
    }

    private static Presented.Content contentOf(byte[] bytes, Optional<String> claimedId) {
        return new Presented.Content(Digest.sha256Of(bytes).hex(), StreamingDigest.of(DigestAlgorithm.SM3, bytes).hex(),
                claimedId);
    }

    private VerificationRules rulesAt(Clock clock) {
        return new VerificationRules(new RememberedEntrySignatures(10), clock);
    }

    private Verdict verdictOf(Licence licence) {
        return rules.judge(new Presented.Sha256(licence.sha256()), facts(licence)).verdict();
    }

    private Reason issuerReason(Optional<VerificationEvidence> evidence) {
        return rules.judge(new Presented.Sha256(evidence.orElseThrow().record().sha256()), evidence).issuer().reason();
    }

    private static Optional<VerificationEvidence> facts(Licence licence) {
        return Optional.of(licence.evidence());
    }

    /** Evidence with this department and seal, the record anchored alone so that its inclusion holds. */
    private static Optional<VerificationEvidence> facts(DocumentRecord record, RegisteredDepartment department,
                                                        RegisteredSeal seal) {
        return Optional.of(new VerificationEvidence(record, AnchoredLicences.singleBatchOf(record), department, seal));
    }

    private static DocumentRecord withEntry(DocumentRecord record, AnchorEntry entry) {
        return new DocumentRecord(entry, record.issuerMsp(), record.batchId(), record.leafIndex(),
                record.auditPath(), record.transactionId(), record.anchoredAt(), record.status(), record.lastChange());
    }

    private static PresentationToken tokenOf(Licence licence, Set<String> disclose) {
        return new PresentationToken(licence.issuer().sealFingerprint(),
                LicenceId.parse(licence.id()), Digest.sha256Of(licence.content()),
                disclose.stream().map(licence.metadata()::disclosure).toList(),
                licence.metadata().hiddenDigests(disclose), CLOCK.instant(),
                CLOCK.instant().plus(Duration.ofMinutes(2)), "AAAAAAAAAAAAAAAAAAAAAA", Optional.empty());
    }

    private static PresentationToken withDisclosures(PresentationToken token, List<FieldDisclosure> disclosures) {
        return new PresentationToken(token.keyId(), token.licence(), token.digest(), disclosures,
                token.hiddenDigests(), token.issuedAt(), token.expiresAt(), token.tokenId(), token.audience());
    }
}
