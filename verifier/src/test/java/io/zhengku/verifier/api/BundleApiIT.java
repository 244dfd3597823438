package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.verifier.testing.AnchoredLicences.ProofBundle;
import io.zhengku.verifier.testing.ChannelIssuer;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundle check over HTTP, trusting Shanghai's roots only: bundles of licences anchored on the real channel
 * through Shanghai's (or Zhejiang's) peer, checked against the batch as Zhejiang's peer, the verifier's own,
 * records it.
 */
@MicronautTest
class BundleApiIT extends VerifierApiTest {

    private static final String NO_ROOT = "00".repeat(32);

    @Override
    public Map<String, String> getProperties() {
        return VerifierTestEnvironment.withTrustRoots(super.getProperties(), issuer.issuer().rootCertificates());
    }

    @Test
    void a_bundle_of_a_licence_anchored_in_shanghai_is_valid_against_zhejiangs_peer() {
        ProofBundle bundle = issuer.anchoredBundle();

        Answer alone = verify(bundle.json(), null);
        Answer withItsRoot = verify(bundle.json(), bundle.root());

        assertThat(alone.body()).containsEntry("verdict", "VALID");
        assertThat(check(alone, "root")).containsEntry("result", "VALID");
        assertThat((String) check(alone, "root").get("detail")).contains("the ledger holds", "ShanghaiMSP");
        assertThat((String) check(alone, "seal").get("detail")).contains("valid when anchored");
        assertThat(withItsRoot.body()).containsEntry("verdict", "VALID");
    }

    @Test
    void a_bundle_whose_root_was_tampered_is_refused_even_when_the_caller_vouches_for_the_root() {
        ProofBundle bundle = issuer.anchoredBundle();
        byte[] tampered = replaced(bundle, "\"merkleRoot\":\"" + bundle.root() + "\"",
                "\"merkleRoot\":\"" + NO_ROOT + "\"");

        Answer alone = verify(tampered, null);
        Answer vouched = verify(tampered, NO_ROOT);

        assertThat(alone.body()).containsEntry("verdict", "INVALID");
        assertThat(check(alone, "root")).containsEntry("result", "INVALID").containsEntry("reason", "ROOT_MISMATCH");
        assertThat(vouched.status()).isEqualTo(409);
        assertThat(vouched.code()).isEqualTo("root-not-anchored");
    }

    @Test
    void a_root_the_caller_names_that_is_not_the_peers_is_not_trusted() {
        ProofBundle bundle = issuer.anchoredBundle();

        Answer answer = verify(bundle.json(), NO_ROOT);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("root-not-anchored");
        assertThat((String) answer.body().get("detail")).contains("zhejiang's peer", bundle.root());
        assertThat(answer.body()).doesNotContainKey("verdict");
    }

    @Test
    void a_bundle_naming_a_batch_the_peer_does_not_hold_is_invalid() {
        ProofBundle bundle = issuer.anchoredBundle();
        String text = new String(bundle.json(), StandardCharsets.UTF_8);
        String batchId = text.replaceFirst("(?s).*\"batchId\":\"([^\"]+)\".*", "$1");
        byte[] elsewhere = replaced(bundle, "\"batchId\":\"" + batchId + "\"",
                "\"batchId\":\"" + batchId + ".forged\"");

        Answer answer = verify(elsewhere, null);

        assertThat(answer.body()).containsEntry("verdict", "INVALID");
        assertThat(check(answer, "root")).containsEntry("reason", "BATCH_NOT_ANCHORED");
    }

    @Test
    void a_seal_under_an_untrusted_root_makes_it_invalid_with_the_failing_check_named() {
        ProofBundle zhejiang = ChannelIssuer.zhejiang().anchoredBundle();

        Answer untrusted = verify(zhejiang.json(), null);

        assertThat(untrusted.body()).containsEntry("verdict", "INVALID");
        assertThat(check(untrusted, "seal")).containsEntry("result", "INVALID");
        assertThat(check(untrusted, "root")).containsEntry("result", "VALID");
    }

    @Test
    void a_changed_byte_is_caught() {
        ProofBundle bundle = issuer.anchoredBundle();
        byte[] changed = replaced(bundle, "\"validUntil\":\"2046-01-01\"", "\"validUntil\":\"2099-01-01\"");

        Answer answer = verify(changed, null);

        assertThat(answer.body()).containsEntry("verdict", "INVALID");
        assertThat(check(answer, "seal")).containsEntry("reason", "BAD_SIGNATURE");
    }

    private Answer verify(byte[] bundle, String root) {
        String uri = "/api/v1/verify/bundle" + (root == null ? "" : "?root=" + root);
        return verifier.send(HttpRequest.POST(uri, bundle).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    /** The bundle with {@code original} replaced, which must occur in it. */
    private static byte[] replaced(ProofBundle bundle, String original, String replacement) {
        String text = new String(bundle.json(), StandardCharsets.UTF_8);
        assertThat(text).contains(original);
        return text.replace(original, replacement).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> check(Answer answer, String name) {
        return ((List<Map<String, Object>>) answer.body().get("checks")).stream()
                .filter(c -> name.equals(c.get("name"))).findFirst().orElseThrow();
    }
}
