package io.zhengku.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Zhejiang's verifier answering from its index of Zhejiang's real peer: what it answers states how current it
 * is, a revocation committed on the channel reaches it within the block that carries it, a hash committed a
 * moment ago is found rather than called unknown, and {@code /health} shows the lag to anyone.
 */
@MicronautTest
class LedgerIndexIT extends VerifierApiTest {

    private static final Duration REFLECTED_WITHIN = Duration.ofSeconds(30);

    @Test
    void an_answer_from_the_index_states_its_block_and_lag() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        long height = issuer.zhejiangHeight();

        Answer answer = verifier.verify(Map.of("sha256", licence.sha256()));

        assertThat(answer.verdict()).isEqualTo("VALID");
        assertThat(answer.ledger()).containsEntry("source", "index");
        assertThat(((Number) answer.ledger().get("block")).longValue()).isGreaterThanOrEqualTo(height - 1);
        assertThat(((Number) answer.ledger().get("millisBehind")).longValue())
                .isLessThanOrEqualTo(INDEX_MAX_LAG.toMillis());
    }

    @Test
    void a_licence_anchored_a_moment_ago_is_found_not_called_unknown() {
        Licence licence = issuer.anchored(DocumentStatus.ACTIVE); // no wait for the index

        Answer answer = verifier.verify(Map.of("id", licence.id()));

        assertThat(answer.verdict()).as("an absence is confirmed against the peer's height first")
                .isEqualTo("VALID");
    }

    @Test
    void a_revocation_committed_on_the_channel_reaches_the_index_within_the_block_that_carries_it() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        assertThat(verifier.verify(Map.of("sha256", licence.sha256())).verdict()).isEqualTo("VALID");

        issuer.revoke(licence);
        long seenAt = System.nanoTime();
        long revocationBlock = issuer.zhejiangHeight() - 1; // the revocation is in this block or an earlier one
        Answer answer;
        long deadline = seenAt + REFLECTED_WITHIN.toNanos();
        do {
            answer = verifier.verify(Map.of("sha256", licence.sha256()));
            long block = ((Number) answer.ledger().get("block")).longValue();
            if (block >= revocationBlock) {
                assertThat(answer.verdict()).as("every answer from block %d on", revocationBlock)
                        .isEqualTo("REVOKED");
            }
        } while (!"REVOKED".equals(answer.verdict()) && System.nanoTime() < deadline);

        assertThat(answer.verdict()).isEqualTo("REVOKED");
        System.out.printf("revocation reflected in the index %.1f ms after Zhejiang's peer showed it%n",
                (System.nanoTime() - seenAt) / 1e6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void health_shows_the_index_state_and_lag_to_anonymous_callers_and_nothing_else() {
        anchored(DocumentStatus.ACTIVE);

        Map<String, Object> parts = (Map<String, Object>) verifier.send(HttpRequest.GET("/health")).body()
                .get("details");
        Map<String, Object> index = (Map<String, Object>) parts.get("index");

        assertThat(index).containsEntry("status", "UP");
        assertThat((Map<String, Object>) index.get("details")).containsOnlyKeys("index", "block", "blocksBehind",
                "millisBehind").containsEntry("index", "current");
    }
}
