package io.zhengku.signing.token;

import static io.zhengku.signing.Rejections.assertRejected;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.DisclosureException;
import io.zhengku.core.metadata.MetadataCommitment.Committed;
import io.zhengku.core.metadata.MetadataCommitment;
import io.zhengku.core.testing.Mutations;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.TestPki;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.digest.StreamingDigest;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PresentationTokenVerifierTest {

    private static final LicenceId LICENCE =
            LicenceId.parse("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U");
    private static final Digest DIGEST = StreamingDigest.of(DigestAlgorithm.SM3, "licence".getBytes(UTF_8));
    /** A business licence's full GB/T 36903 metadata with two extensions, as the vault commits to it. */
    private static final Committed METADATA = MetadataCommitment.commit(Map.ofEntries(
            Map.entry("name", "营业执照"),
            Map.entry("typeCode", "11100000000013338W011"),
            Map.entry("number", "310101000123456"),
            Map.entry("id", LICENCE.toString()),
            Map.entry("issuer", "上海市黄浦区市场监督管理局"),
            Map.entry("issuerCode", "11430000006122244L"),
            Map.entry("issueDate", "2026-11-02"),
            Map.entry("holderName", "上海某某科技有限公司"),
            Map.entry("holderCode", "91310000MA1FL4CT1M"),
            Map.entry("holderCodeType", "001"),
            Map.entry("validFrom", "2026-11-02"),
            Map.entry("validUntil", "2046-11-01"),
            Map.entry("KZ_LEGAL_REPRESENTATIVE", "张三"),
            Map.entry("KZ_REGISTERED_CAPITAL", "1000万元人民币")), new SecureRandom());
    private static final Set<String> SHOWN = Set.of("holderName", "validUntil");
    private static final Clock AT_NOW = TestPki.clockAt(TestPki.NOW);

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void a_fresh_token_verifies_and_shows_the_disclosed_fields(SealAlgorithm algorithm) throws Exception {
        String token = issuer(algorithm).issue(LICENCE, DIGEST, METADATA, SHOWN, Optional.empty());

        PresentationToken shown = verifier(AT_NOW).verify(token);

        assertThat(shown.licence()).isEqualTo(LICENCE);
        assertThat(shown.digest()).isEqualTo(DIGEST);
        assertThat(shown.disclosures())
                .containsExactly(METADATA.disclosure("holderName"), METADATA.disclosure("validUntil"));
        assertThat(shown.hiddenDigests()).isEqualTo(METADATA.hiddenDigests(SHOWN)).hasSize(12);
        assertThat(shown.issuedAt()).isEqualTo(TestPki.NOW);
        assertThat(shown.expiresAt()).isEqualTo(TestPki.NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void the_disclosed_fields_of_a_verified_token_open_the_anchored_commitment() throws Exception {
        PresentationToken shown = verifier(AT_NOW).verify(sm2Token(Optional.empty()));

        shown.openCommitment(METADATA.commitment());
    }

    @Test
    void fields_from_another_commitment_do_not_open_the_anchored_one_even_when_signed() throws Exception {
        Committed other = MetadataCommitment.commit(Map.of("holderName", "上海某某科技有限公司",
                "validUntil", "2099-12-31"), new SecureRandom());
        String token = issuer(SealAlgorithm.SM2_SM3).issue(LICENCE, DIGEST, other, SHOWN, Optional.empty());

        PresentationToken shown = verifier(AT_NOW).verify(token);

        assertThatThrownBy(() -> shown.openCommitment(METADATA.commitment()))
                .isInstanceOfSatisfying(DisclosureException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisclosureException.Reason.COMMITMENT_MISMATCH));
    }

    @Test
    void a_hidden_digest_edited_in_the_claims_is_a_bad_signature() {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        @SuppressWarnings("unchecked")
        Map<String, Object> hidden = new LinkedHashMap<>((Map<String, Object>) claims.get("hid"));
        hidden.put("number", encode(new byte[32]));
        claims.put("hid", hidden);

        assertRejected(() -> verifier(AT_NOW).verify(withClaims(token, claims)), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_hidden_digest_that_is_not_a_sha256_is_malformed() {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        claims.put("hid", Map.of("number", encode(new byte[31])));

        assertRejected(() -> verifier(AT_NOW).verify(withClaims(token, claims)), RejectionReason.MALFORMED);
    }

    @Test
    void a_time_after_the_year_9999_is_malformed_even_unverified() {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        claims.put("iat", 99_999_999_999_999_999L);

        assertRejected(() -> PresentationTokenVerifier.readUnverified(withClaims(token, claims)),
                RejectionReason.MALFORMED);
    }

    @Test
    void a_token_fits_one_qr_code_and_uses_only_url_safe_characters() {
        String token = issuer(SealAlgorithm.SM2_SM3).issue(LICENCE, DIGEST, METADATA,
                Set.of("holderName", "number", "validUntil"), Optional.of("bank-of-shanghai"));

        assertThat(token).hasSizeLessThanOrEqualTo(PresentationTokenVerifier.MAX_TOKEN_CHARS)
                .matches("ZK1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{86}");
    }

    @Test
    void a_token_is_accepted_once_only() throws Exception {
        PresentationTokenVerifier verifier = verifier(AT_NOW);
        String token = sm2Token(Optional.empty());
        verifier.verify(token);

        assertRejected(() -> verifier.verify(token), RejectionReason.REPLAYED);
    }

    @Test
    void two_tokens_for_the_same_licence_have_different_one_time_ids() throws Exception {
        String first = sm2Token(Optional.empty());
        String second = sm2Token(Optional.empty());

        assertThat(verifier(AT_NOW).verify(first).tokenId()).isNotEqualTo(verifier(AT_NOW).verify(second).tokenId());
    }

    @Test
    void a_token_after_its_expiry_is_expired() {
        String token = sm2Token(Optional.empty());
        Clock later = TestPki.clockAt(TestPki.NOW.plus(Duration.ofMinutes(3)));

        assertRejected(() -> verifier(later).verify(token), RejectionReason.EXPIRED_TOKEN);
    }

    @Test
    void a_token_issued_in_the_future_is_not_yet_valid() {
        String token = sm2Token(Optional.empty());
        Clock earlier = TestPki.clockAt(TestPki.NOW.minus(Duration.ofMinutes(1)));

        assertRejected(() -> verifier(earlier).verify(token), RejectionReason.TOKEN_NOT_YET_VALID);
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        String token = sm2Token(Optional.of("bank-of-shanghai"));

        assertRejected(() -> verifier(AT_NOW).verify(token, "zhejiang-window"), RejectionReason.WRONG_AUDIENCE);
        assertRejected(() -> verifier(AT_NOW).verify(token), RejectionReason.WRONG_AUDIENCE);
    }

    @Test
    void a_token_for_this_audience_verifies() throws Exception {
        String token = sm2Token(Optional.of("bank-of-shanghai"));

        assertThat(verifier(AT_NOW).verify(token, "bank-of-shanghai").audience()).contains("bank-of-shanghai");
    }

    @Test
    void a_token_for_any_of_a_verifiers_names_verifies_and_for_none_is_refused() throws Exception {
        String forRegion = sm2Token(Optional.of("zhejiang"));

        assertThat(verifier(AT_NOW).verify(forRegion, Set.of("verifier-zhejiang", "zhejiang")).audience())
                .contains("zhejiang");
        assertRejected(() -> verifier(AT_NOW).verify(sm2Token(Optional.of("shanghai")),
                Set.of("verifier-zhejiang", "zhejiang")), RejectionReason.WRONG_AUDIENCE);
    }

    @Test
    void a_token_from_an_unknown_key_is_refused() {
        String token = sm2Token(Optional.empty());
        PresentationTokenVerifier strangers = new PresentationTokenVerifier(keyId -> Optional.empty(),
                new InMemoryOneTimeIds(AT_NOW), AT_NOW);

        assertRejected(() -> strangers.verify(token), RejectionReason.UNKNOWN_KEY);
    }

    @Test
    void a_token_whose_claims_were_edited_is_a_bad_signature() {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        claims.put("exp", (Long) claims.get("exp") + 60);

        assertRejected(() -> verifier(AT_NOW).verify(withClaims(token, claims)), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_token_whose_signature_was_changed_is_a_bad_signature() {
        String token = sm2Token(Optional.empty());
        char last = token.charAt(token.length() - 2);
        String changed = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertRejected(() -> verifier(AT_NOW).verify(changed), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void alg_none_is_the_wrong_algorithm() {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        claims.put("alg", "none");

        assertRejected(() -> verifier(AT_NOW).verify(withClaims(token, claims)), RejectionReason.WRONG_ALGORITHM);
    }

    @Test
    void an_es256_claim_on_an_sm2_key_is_the_wrong_algorithm() {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        claims.put("alg", "ES256");

        assertRejected(() -> verifier(AT_NOW).verify(withClaims(token, claims)), RejectionReason.WRONG_ALGORITHM);
    }

    @Test
    void claims_that_are_not_canonical_json_are_malformed() {
        String token = sm2Token(Optional.empty());
        String pretty = new String(payload(token), UTF_8).replace(",", ", ");
        String[] parts = token.split("\\.");
        String changed = parts[0] + "." + encode(pretty.getBytes(UTF_8)) + "." + parts[2];

        assertRejected(() -> verifier(AT_NOW).verify(changed), RejectionReason.MALFORMED);
    }

    @Test
    void an_unknown_claim_is_malformed() {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        claims.put("admin", true);

        assertRejected(() -> verifier(AT_NOW).verify(withClaims(token, claims)), RejectionReason.MALFORMED);
    }

    @Test
    void padded_base64_is_malformed() {
        String token = sm2Token(Optional.empty());

        assertRejected(() -> verifier(AT_NOW).verify(token + "="), RejectionReason.MALFORMED);
    }

    @Test
    void a_token_longer_than_a_qr_code_holds_is_not_parsed() {
        String huge = "ZK1." + "A".repeat(PresentationTokenVerifier.MAX_TOKEN_CHARS) + ".x";

        assertRejected(() -> verifier(AT_NOW).verify(huge), RejectionReason.TOO_LARGE);
    }

    @Test
    void the_unverified_claims_name_the_licence_even_of_a_forged_token_but_a_malformed_one_is_refused() throws Exception {
        String token = sm2Token(Optional.empty());
        Map<String, Object> claims = claimsOf(token);
        claims.put("exp", (Long) claims.get("exp") + 60);
        String forged = withClaims(token, claims);

        assertThat(PresentationTokenVerifier.readUnverified(forged).licence()).isEqualTo(LICENCE);
        assertThat(PresentationTokenVerifier.readUnverified(forged).digest()).isEqualTo(DIGEST);
        assertRejected(() -> PresentationTokenVerifier.readUnverified(token + "="), RejectionReason.MALFORMED);
        assertRejected(() -> PresentationTokenVerifier.readUnverified("ZK1." + "A".repeat(
                PresentationTokenVerifier.MAX_TOKEN_CHARS) + ".x"), RejectionReason.TOO_LARGE);
    }

    @Test
    void an_issuer_refuses_a_lifetime_longer_than_the_maximum() {
        assertThatThrownBy(() -> new PresentationTokenIssuer(TestPki.seal(SealAlgorithm.SM2_SM3).signer(), "k",
                AT_NOW, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_mutated_token_is_rejected_with_a_reason_never_a_crash() {
        List<byte[]> variants = Mutations.of(sm2Token(Optional.empty()).getBytes(UTF_8), 20261127L);

        Mutations.assertVerifierRefuses(VerificationException.class, variants,
                variant -> verifier(AT_NOW).verify(new String(variant, UTF_8)));
    }

    private static PresentationTokenIssuer issuer(SealAlgorithm algorithm) {
        return new PresentationTokenIssuer(TestPki.seal(algorithm).signer(), "sh-scjgj-" + algorithm.code(), AT_NOW,
                Duration.ofMinutes(2));
    }

    private static String sm2Token(Optional<String> audience) {
        return issuer(SealAlgorithm.SM2_SM3).issue(LICENCE, DIGEST, METADATA, SHOWN, audience);
    }

    private static PresentationTokenVerifier verifier(Clock clock) {
        IssuerKeys keys = keyId -> {
            for (SealAlgorithm algorithm : SealAlgorithm.values()) {
                SealCredential seal = TestPki.seal(algorithm);
                if (keyId.equals("sh-scjgj-" + algorithm.code())) {
                    return Optional.of(seal.certificate().getPublicKey());
                }
            }
            return Optional.empty();
        };
        return new PresentationTokenVerifier(keys, new InMemoryOneTimeIds(clock), clock);
    }

    private static byte[] payload(String token) {
        return Base64.getUrlDecoder().decode(token.split("\\.")[1]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimsOf(String token) {
        return new LinkedHashMap<>((Map<String, Object>) CanonicalJson.parse(payload(token)));
    }

    private static String withClaims(String token, Map<String, Object> claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(CanonicalJson.encode(claims)) + "." + parts[2];
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
