package io.zhengku.verifier.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The one-time ids of accepted tokens in the verifier's own PostgreSQL database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsedTokenIdsIT {

    /** The verifier's own clock is the system's; the margins below are many seconds wide. */
    private static final Instant NOW = Instant.now();

    private ApplicationContext context;
    private UsedTokenIds ids;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(Map.copyOf(VerifierTestEnvironment.properties()));
        ids = context.getBean(UsedTokenIds.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void of_sixteen_scans_racing_with_one_id_exactly_one_spends_it() throws Exception {
        ExecutorService scanners = Executors.newFixedThreadPool(16);
        List<Callable<Boolean>> scans = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            scans.add(() -> ids.spend("raced-id-0000000000001", NOW.plusSeconds(60)));
        }
        int spent = 0;
        for (Future<Boolean> scan : scanners.invokeAll(scans)) {
            spent += scan.get() ? 1 : 0;
        }
        scanners.shutdown();

        assertThat(spent).isEqualTo(1);
        assertThat(ids.used("raced-id-0000000000001")).isTrue();
    }

    @Test
    void ids_are_forgotten_once_their_token_has_expired_beyond_the_clock_skew() throws Exception {
        ids.spend("expired-long-ago-00001", NOW.minus(Duration.ofMinutes(5)));
        ids.spend("expired-just-now-00001", NOW.minusSeconds(10));
        ids.spend("still-valid-000000001", NOW.plusSeconds(60));

        ids.forgetExpired();

        assertThat(ids.used("expired-long-ago-00001")).isFalse();
        assertThat(ids.used("expired-just-now-00001")).as("within the 30 s clock skew: still refused").isTrue();
        assertThat(ids.used("still-valid-000000001")).isTrue();
    }
}
