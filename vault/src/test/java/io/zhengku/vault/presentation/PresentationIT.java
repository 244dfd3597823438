package io.zhengku.vault.presentation;

import static io.zhengku.vault.testing.Fixtures.HOLDER_BUSINESS;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_HEALTH;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.token.InMemoryOneTimeIds;
import io.zhengku.signing.token.PresentationToken;
import io.zhengku.signing.token.PresentationTokenVerifier;
import io.zhengku.testkit.Zbar;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.QrImages;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 亮证: a holder's presentation opens only the fields it names, verifies with the issuing department's seal
 * certificate, opens the commitment anchored for the licence, and its QR code decodes to the same token.
 */
@MicronautTest
class PresentationIT extends VaultApiTest {

    private Map<String, Object> issueAnchored(String number) throws Exception {
        return awaitProof(vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", pdf(number),
                licenceMetadata(number)).string("id"));
    }

    @Test
    void a_holders_presentation_discloses_only_the_chosen_fields_and_opens_the_anchored_commitment()
            throws Exception {
        Map<String, Object> proof = issueAnchored("P-1");
        AnchorEntry entry = AnchorEntry.fromJson(JsonObjectReader.of(proof.get("entry"), "entry"));
        String holder = tokens.mint(Role.HOLDER, HOLDER_BUSINESS, "shanghai");

        Answer made = vault.post("/api/v1/licences/" + entry.documentId() + "/presentations", holder,
                Map.of("disclose", List.of("holderName", "validUntil"), "ttlSeconds", 60, "audience", "zhejiang"));

        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        String token = made.string("token");
        X509Certificate seal = Certificates.fromPem((String) ((List<?>) proof.get("sealCertificates")).get(0));
        PresentationTokenVerifier verifier = new PresentationTokenVerifier(
                keyId -> keyId.equals(entry.sealFingerprint()) ? Optional.of(seal.getPublicKey()) : Optional.empty(),
                new InMemoryOneTimeIds(Clock.systemUTC()), Clock.systemUTC());
        PresentationToken shown = verifier.verify(token, "zhejiang");
        assertThat(shown.disclosures()).extracting(FieldDisclosure::name, FieldDisclosure::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("holderName", "上海某某科技有限公司"),
                        org.assertj.core.groups.Tuple.tuple("validUntil", "2046-01-01"));
        shown.openCommitment(entry.metadataCommitment());
        assertThat(token).doesNotContain(HOLDER_BUSINESS);
        byte[] png = Base64.getDecoder().decode(made.string("qrPng"));
        assertThat(QrImages.decode(png)).isEqualTo(token);
        assertThat(Zbar.read(png)).isEqualTo(token);
    }

    @Test
    void a_field_the_licence_lacks_a_too_long_life_and_a_stranger_are_refused() throws Exception {
        Map<String, Object> proof = issueAnchored("P-2");
        String path = "/api/v1/licences/" + ((Map<?, ?>) proof.get("entry")).get("documentId") + "/presentations";
        String holder = tokens.mint(Role.HOLDER, HOLDER_BUSINESS, "shanghai");

        Answer unknown = vault.post(path, holder, Map.of("disclose", List.of("favouriteColour")));
        Answer tooLong = vault.post(path, holder, Map.of("disclose", List.of("holderName"), "ttlSeconds", 3600));
        Answer stranger = vault.post(path, tokens.mint(Role.DEPARTMENT, SHANGHAI_HEALTH, "shanghai"),
                Map.of("disclose", List.of("holderName")));

        assertThat(unknown.code()).isEqualTo("disclosure-invalid");
        assertThat(tooLong.code()).isEqualTo("disclosure-invalid");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(vault.post(path, shanghai, Map.of("disclose", List.of("number"))).status()).isEqualTo(201);
    }
}
