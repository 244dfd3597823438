package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.verifier.testing.AnchoredLicences;
import io.zhengku.verifier.testing.AnchoredLicences.ProofBundle;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The offline bundle check over HTTP, trusting Shanghai's roots only. It needs no ledger. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = VerifierTestEnvironment.properties();
        try {
            Path roots = Files.createTempDirectory("trust-roots").resolve("shanghai-roots.pem");
            Certificates.writePem(roots, AnchoredLicences.shanghai().rootCertificates());
            properties.put("zhengku.verifier.trust-roots", roots.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void a_bundle_with_its_anchored_root_is_valid_and_without_it_unconfirmed() {
        ProofBundle bundle = AnchoredLicences.shanghai().anchored(DocumentStatus.ACTIVE).proofBundle();

        assertThat(verify(bundle.json(), bundle.root()).get("verdict")).isEqualTo("VALID");
        assertThat(verify(bundle.json(), null).get("verdict")).isEqualTo("ROOT_UNCONFIRMED");
    }

    @Test
    void another_root_or_an_untrusted_seal_makes_it_invalid_with_the_failing_check_named() {
        ProofBundle bundle = AnchoredLicences.shanghai().anchored(DocumentStatus.ACTIVE).proofBundle();
        ProofBundle zhejiang = AnchoredLicences.zhejiang().anchored(DocumentStatus.ACTIVE).proofBundle();

        Map<String, Object> wrongRoot = verify(bundle.json(), "00".repeat(32));
        Map<String, Object> untrusted = verify(zhejiang.json(), zhejiang.root());

        assertThat(wrongRoot.get("verdict")).isEqualTo("INVALID");
        assertThat(check(wrongRoot, "root")).containsEntry("result", "INVALID").containsEntry("reason", "ROOT_MISMATCH");
        assertThat(untrusted.get("verdict")).isEqualTo("INVALID");
        assertThat(check(untrusted, "seal")).containsEntry("result", "INVALID");
    }

    @Test
    void a_changed_byte_is_caught() {
        ProofBundle bundle = AnchoredLicences.shanghai().anchored(DocumentStatus.ACTIVE).proofBundle();
        String text = new String(bundle.json(), StandardCharsets.UTF_8);
        String changed = text.replace("\"validUntil\":\"2046-01-01\"", "\"validUntil\":\"2099-01-01\"");

        Map<String, Object> answer = verify(changed.getBytes(StandardCharsets.UTF_8), bundle.root());

        assertThat(changed).isNotEqualTo(text);
        assertThat(answer.get("verdict")).isEqualTo("INVALID");
        assertThat(check(answer, "seal")).containsEntry("reason", "BAD_SIGNATURE");
    }

    private Map<String, Object> verify(byte[] bundle, String root) {
        String uri = "/api/v1/verify/bundle" + (root == null ? "" : "?root=" + root);
        return http.toBlocking().retrieve(HttpRequest.POST(uri, bundle).contentType(MediaType.APPLICATION_JSON_TYPE),
                Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> check(Map<String, Object> answer, String name) {
        return ((List<Map<String, Object>>) answer.get("checks")).stream().filter(c -> name.equals(c.get("name")))
                .findFirst().orElseThrow();
    }
}
