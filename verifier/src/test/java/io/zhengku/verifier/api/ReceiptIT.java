package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.proof.receipt.VerificationReceipts;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.pki.TrustAnchors;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipts signed by Zhejiang's verifier with a key certified by Zhejiang's root. */
@MicronautTest
class ReceiptIT extends VerifierApiTest {

    private static final RegionCa ZHEJIANG = RegionCa.create(Region.ZHEJIANG, Instant.now().minus(Duration.ofDays(1)));

    @Override
    public Map<String, String> getProperties() {
        return VerifierTestEnvironment.withReceiptKey(super.getProperties(), ZHEJIANG);
    }

    @Test
    void a_receipt_states_the_answer_and_verifies_against_the_regions_root() throws Exception {
        Licence licence = anchored(DocumentStatus.REVOKED);

        Answer answer = verifier.send(HttpRequest.POST("/api/v1/verify?receipt=true",
                Map.of("sha256", licence.sha256())));

        Map<?, ?> payload = VerificationReceipts.verify(receiptBytes(answer),
                TrustAnchors.of(ZHEJIANG.rootCertificates()));
        assertThat(payload.get("verdict")).isEqualTo("REVOKED").isEqualTo(answer.verdict());
        assertThat(payload.get("presented")).isEqualTo("sha256");
        assertThat(payload.get("verifier")).isEqualTo("verifier-zhejiang");
        Map<?, ?> document = (Map<?, ?>) payload.get("document");
        assertThat(document.get("sha256")).isEqualTo(licence.sha256());
        assertThat(document.get("status")).isEqualTo("REVOKED");
    }

    @Test
    void a_token_receipt_names_the_disclosed_fields_but_holds_no_value() throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());

        Answer answer = verifier.send(HttpRequest.POST("/api/v1/verify?receipt=true", Map.of("token", token)));
        byte[] receipt = receiptBytes(answer);

        Map<?, ?> payload = VerificationReceipts.verify(receipt, TrustAnchors.of(ZHEJIANG.rootCertificates()));
        assertThat(payload.get("disclosedFields")).isEqualTo(List.of("holderName"));
        assertThat(new String(receipt, StandardCharsets.UTF_8)).doesNotContain("上海示例科技有限公司")
                .doesNotContain("91310000MA1FL4B24G").doesNotContain(token);
    }

    @Test
    void a_receipt_whose_verdict_was_edited_fails_and_none_is_made_unasked() {
        Licence licence = anchored(DocumentStatus.REVOKED);
        Answer answer = verifier.send(HttpRequest.POST("/api/v1/verify?receipt=true",
                Map.of("sha256", licence.sha256())));
        byte[] edited = new String(receiptBytes(answer), StandardCharsets.UTF_8)
                .replace("\"verdict\":\"REVOKED\"", "\"verdict\":\"VALID\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VerificationReceipts.verify(edited, TrustAnchors.of(ZHEJIANG.rootCertificates())))
                .isInstanceOf(VerificationException.class);
        assertThat(verifier.verify(Map.of("sha256", licence.sha256())).body().get("receipt")).isNull();
    }

    private static byte[] receiptBytes(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return CanonicalJson.encode(answer.body().get("receipt"));
    }
}
