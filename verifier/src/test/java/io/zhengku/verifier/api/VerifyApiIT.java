package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.digest.Digest;
import io.zhengku.verifier.testing.AnchoredLicences;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Zhejiang's verifier over HTTP, on its own PostgreSQL database, reading Zhejiang's real peer, which holds
 * the licences Shanghai's demo department anchored through Shanghai's peer.
 */
@MicronautTest
class VerifyApiIT extends VerifierApiTest {

    private static final Clock NOW = Clock.systemUTC();

    @Test
    void a_shanghai_licence_verifies_in_zhejiang_by_file_digest_and_id() {
        Licence licence = anchored(DocumentStatus.ACTIVE);

        Answer byFile = verifier.verifyFile(licence.content());
        Answer byDigest = verifier.verify(Map.of("sha256", licence.sha256()));
        Answer byUppercaseDigest = verifier.verify(Map.of("sha256", licence.sha256().toUpperCase(Locale.ROOT)));
        Answer byId = verifier.verify(Map.of("id", licence.id()));

        assertThat(byFile.status()).isEqualTo(200);
        assertThat(byFile.verdict()).isEqualTo("VALID");
        assertThat(byFile.check("integrity", "reason")).isEqualTo("CONTENT_MATCHES");
        assertThat(byDigest.verdict()).isEqualTo("VALID");
        assertThat(byDigest.check("integrity", "result")).isEqualTo("SKIPPED");
        assertThat(byUppercaseDigest.verdict()).isEqualTo("VALID");
        assertThat(byUppercaseDigest.record()).containsEntry("sha256", licence.sha256());
        assertThat(byId.verdict()).isEqualTo("VALID");
        assertThat(byId.record()).containsEntry("sha256", licence.sha256())
                .containsEntry("issuerName", "上海市黄浦区市场监督管理局").containsEntry("issuerRegion", "ShanghaiMSP")
                .containsEntry("typeCode", AnchoredLicences.BUSINESS_LICENCE)
                .containsEntry("transactionId", licence.record().transactionId());
        assertThat(byId.body()).containsEntry("verifier", "verifier-zhejiang").containsEntry("region", "zhejiang");
    }

    @Test
    void a_file_presented_as_a_licence_it_is_not_fails_integrity_with_a_digest_mismatch() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        byte[] altered = issuer.neverAnchored().content();

        Answer asTheLicence = verifier.verifyFileAs(altered, licence.id());
        Answer genuine = verifier.verifyFileAs(licence.content(), licence.id());
        Answer badId = verifier.verifyFileAs(licence.content(), "not-a-licence");

        assertThat(asTheLicence.verdict()).isEqualTo("INVALID");
        assertThat(asTheLicence.reason()).isEqualTo("DIGEST_MISMATCH");
        assertThat(asTheLicence.check("integrity", "result")).isEqualTo("INVALID");
        assertThat(asTheLicence.record()).containsEntry("id", licence.id());
        assertThat(genuine.verdict()).isEqualTo("VALID");
        assertThat(genuine.check("integrity", "reason")).isEqualTo("CONTENT_MATCHES");
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.code()).isEqualTo("invalid-id");
    }

    @Test
    void metrics_count_verifications_by_verdict_and_name_no_document() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), NOW);
        verifier.verify(Map.of("sha256", licence.sha256()));
        verifier.verifyToken(token);
        verifier.send(HttpRequest.GET("/api/v1/verify/" + licence.sha256()));

        String metrics = http.toBlocking().retrieve("/prometheus");

        assertThat(metrics)
                .containsPattern("zhengku_verifications_total\\{[^}]*presented=\"sha256\"[^}]*verdict=\"VALID\"")
                .containsPattern("zhengku_verifications_total\\{[^}]*presented=\"token\"[^}]*verdict=\"VALID\"")
                .doesNotContain(licence.sha256()).doesNotContain(licence.id()).doesNotContain(token.substring(0, 40))
                .doesNotContain("上海示例科技有限公司");
    }

    @Test
    void an_unanchored_file_is_unknown_and_nothing_about_it_is_kept() {
        Answer answer = verifier.verifyFile(issuer.neverAnchored().content());

        assertThat(answer.verdict()).isEqualTo("UNKNOWN");
        assertThat(answer.reason()).isEqualTo("NOT_ANCHORED");
        assertThat(answer.record()).isNull();
    }

    @Test
    void a_revoked_licence_is_reported_revoked() {
        Licence licence = anchored(DocumentStatus.REVOKED);

        Answer answer = verifier.verify(Map.of("sha256", licence.sha256()));

        assertThat(answer.verdict()).isEqualTo("REVOKED");
        assertThat(answer.check("status", "result")).isEqualTo("INVALID");
        assertThat(answer.record()).containsEntry("status", "REVOKED").containsEntry("statusReason", "ISSUER_DECISION");
    }

    @Test
    void malformed_requests_get_a_problem_naming_what_to_send() {
        Answer badDigest = verifier.verify(Map.of("sha256", "ABC"));
        Answer two = verifier.verify(Map.of("sha256", "ab".repeat(32), "id", "x"));
        Answer none = verifier.verify(Map.of());
        Answer badId = verifier.verify(Map.of("id", "not-a-licence"));

        assertThat(badDigest.status()).isEqualTo(422);
        assertThat(badDigest.code()).isEqualTo("invalid-sha256");
        assertThat(two.code()).isEqualTo("one-thing-to-verify");
        assertThat(none.code()).isEqualTo("one-thing-to-verify");
        assertThat(badId.code()).isEqualTo("invalid-id");
        assertThat((String) badId.body().get("detail")).contains("\"sha256\"", "\"id\"");
    }

    @Test
    void a_token_shows_only_the_disclosed_fields_and_a_second_scan_is_refused() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName", "validUntil"), Optional.empty(), NOW);

        Answer first = verifier.verifyToken(token);
        Answer second = verifier.verifyToken(token);

        assertThat(first.verdict()).isEqualTo("VALID");
        assertThat(first.check("integrity", "reason")).isEqualTo("FIELDS_MATCH");
        assertThat(first.body().get("disclosed")).isEqualTo(List.of(
                Map.of("name", "holderName", "value", "上海示例科技有限公司"),
                Map.of("name", "validUntil", "value", "2046-01-01")));
        assertThat(first.body().toString()).doesNotContain("91310000MA1FL4B24G");
        assertThat(second.verdict()).isEqualTo("INVALID");
        assertThat(second.reason()).isEqualTo("TOKEN_REPLAYED");
    }

    @Test
    void a_token_with_one_changed_character_is_refused_as_tampered() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), NOW);
        int last = token.length() - 2;
        String changed = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);

        Answer answer = verifier.verifyToken(changed);

        assertThat(answer.verdict()).isEqualTo("INVALID");
        assertThat(answer.reason()).isIn("TOKEN_TAMPERED", "TOKEN_MALFORMED");
        assertThat(answer.body().get("disclosed")).isEqualTo(List.of());
        assertThat(verifier.verifyToken(token).verdict()).isEqualTo("VALID");
    }

    @Test
    void expired_wrong_audience_and_unknown_key_tokens_each_have_their_code() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        Clock fiveMinutesAgo = Clock.offset(NOW, Duration.ofMinutes(-5));
        Licence unregistered = AnchoredLicences.unregistered().anchored(DocumentStatus.ACTIVE);

        assertThat(verifier.verifyToken(licence.token(Set.of("holderName"), Optional.empty(), fiveMinutesAgo))
                .reason()).isEqualTo("TOKEN_EXPIRED");
        assertThat(verifier.verifyToken(licence.token(Set.of("holderName"), Optional.of("shanghai"), NOW))
                .reason()).isEqualTo("TOKEN_WRONG_AUDIENCE");
        assertThat(verifier.verifyToken(licence.token(Set.of("holderName"), Optional.of("zhejiang"), NOW))
                .verdict()).isEqualTo("VALID");
        assertThat(verifier.verifyToken(licence.token(Set.of("holderName"), Optional.of("verifier-zhejiang"), NOW))
                .verdict()).isEqualTo("VALID");
        Answer unknownKey = verifier.verifyToken(unregistered.token(Set.of("holderName"), Optional.empty(), NOW));
        assertThat(unknownKey.reason()).isEqualTo("TOKEN_UNKNOWN_KEY");
        assertThat(unknownKey.check("issuer", "result")).isEqualTo("INVALID");
    }

    @Test
    void a_genuine_token_for_a_licence_not_yet_anchored_is_pending() {
        Licence licence = issuer.neverAnchored();

        Answer answer = verifier.verifyToken(licence.token(Set.of("holderName"), Optional.empty(), NOW));

        assertThat(answer.verdict()).isEqualTo("PENDING");
        assertThat(answer.body().get("disclosed")).isEqualTo(List.of());
    }

    @Test
    void while_the_peer_is_unreachable_the_index_answers_with_its_lag_then_nothing_is_verified_and_no_token_spent() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), NOW);
        peer.cut();
        Answer early;
        Answer during;
        Answer byDigest;
        try {
            early = verifier.verify(Map.of("sha256", licence.sha256()));
            awaitIndexLagging();
            during = verifier.verifyToken(token);
            byDigest = verifier.verify(Map.of("sha256", licence.sha256()));
        } finally {
            restorePeer();
        }

        assertThat(early.verdict()).as("within its bound the index still answers, saying how current it is")
                .isEqualTo("VALID");
        assertThat(early.ledger()).containsEntry("source", "index").containsKeys("block", "blocksBehind",
                "millisBehind");
        assertThat(during.status()).isEqualTo(503);
        assertThat(during.code()).isEqualTo("ledger-lagging");
        assertThat(byDigest.code()).isEqualTo("ledger-lagging");
        assertThat(verifier.verifyToken(token).verdict()).isEqualTo("VALID");
    }
}
