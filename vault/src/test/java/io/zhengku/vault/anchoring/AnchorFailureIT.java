package io.zhengku.vault.anchoring;

import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.LedgerException;
import io.zhengku.vault.testing.LedgerDouble;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import io.zhengku.vault.testing.VaultTestEnvironment;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the anchoring worker does when the ledger fails: transient failures are retried with backoff and the
 * document stays PENDING; a final refusal, or the last failed attempt, makes it FAILED with the ledger's reason;
 * its issuer can then send it back to the outbox.
 */
@MicronautTest(environments = LedgerDouble.ENVIRONMENT)
class AnchorFailureIT extends VaultApiTest {

    @Inject
    LedgerDouble ledger;


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(VaultTestEnvironment.properties());
        // Four attempts a second apart: long enough to see a document PENDING with its last error, short
        // enough to see it FAILED within the test.
        properties.put("zhengku.anchoring.max-attempts", "4");
        properties.put("zhengku.anchoring.first-backoff", "1s");
        properties.put("zhengku.anchoring.max-backoff", "1s");
        return properties;
    }

    @AfterEach
    void ledgerWorksAgain() {
        ledger.failWith(null);
    }

    private String issue(String number) {
        return vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", pdf(number),
                licenceMetadata(number)).string("id");
    }

    private Map<String, Object> awaitLicence(String id, Predicate<Map<String, Object>> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> licence = vault.get("/api/v1/licences/" + id, shanghai).body();
            if (condition.test(licence)) {
                return licence;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(id + " did not reach the expected state: "
                + vault.get("/api/v1/licences/" + id, shanghai).body());
    }

    @Test
    void a_final_refusal_fails_the_anchor_with_the_ledgers_reason_and_a_retry_anchors_it() throws Exception {
        ledger.failWith(new LedgerException(RefusalCode.SEAL_RETIRED, "SEAL_RETIRED: the seal was retired"));
        String id = issue("F-1");

        Map<String, Object> failed = awaitLicence(id, l -> "FAILED".equals(l.get("anchorStatus")));
        assertThat((String) failed.get("anchorError")).startsWith("SEAL_RETIRED");

        ledger.failWith(null);
        Answer retried = vault.post("/api/v1/licences/" + id + "/anchor/retry", shanghai, Map.of());
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        awaitLicence(id, l -> "ANCHORED".equals(l.get("anchorStatus")));
    }

    @Test
    void transient_failures_keep_the_document_pending_until_the_ledger_answers() throws Exception {
        ledger.failWith(new LedgerException(LedgerException.Reason.UNAVAILABLE, "peer restarting"));
        String id = issue("F-2");

        Map<String, Object> pending = awaitLicence(id, l -> l.get("anchorError") != null);
        assertThat(pending.get("anchorStatus")).isEqualTo("PENDING");

        ledger.failWith(null);
        Map<String, Object> anchored = awaitLicence(id, l -> "ANCHORED".equals(l.get("anchorStatus")));
        assertThat(anchored.get("anchorError")).isNull();
    }

    @Test
    void transient_failures_end_in_failed_after_the_last_attempt_and_only_failed_anchors_are_retried()
            throws Exception {
        ledger.failWith(new LedgerException(LedgerException.Reason.TIMEOUT, "commit status timed out"));
        String id = issue("F-3");

        Map<String, Object> failed = awaitLicence(id, l -> "FAILED".equals(l.get("anchorStatus")));
        assertThat((String) failed.get("anchorError")).startsWith("TIMEOUT");

        ledger.failWith(null);
        vault.post("/api/v1/licences/" + id + "/anchor/retry", shanghai, Map.of());
        awaitLicence(id, l -> "ANCHORED".equals(l.get("anchorStatus")));
        Answer again = vault.post("/api/v1/licences/" + id + "/anchor/retry", shanghai, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("anchor-not-failed");
    }
}
