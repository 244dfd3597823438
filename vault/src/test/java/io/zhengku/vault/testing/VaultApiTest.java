package io.zhengku.vault.testing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.zhengku.vault.auth.DevTokens;
import io.zhengku.vault.auth.Role;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every HTTP test of the vault starts from: a vault on its own database and bucket and the real channel,
 * a client, and a token of Shanghai's first demo department. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class VaultApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient http;


    protected VaultClient vault;
    protected final DevTokens tokens = VaultTestEnvironment.tokens();
    protected String shanghai;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        properties = VaultTestEnvironment.properties(region());
        return properties;
    }

    /** The region whose vault this is: Shanghai's, unless a test says otherwise. */
    protected String region() {
        return "shanghai";
    }

    /** A connection of its own to this test's database, beside the vault's. */
    protected Connection database() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    /** The licence as the vault answers it once the anchoring worker has anchored it (within 30 s). */
    protected Map<String, Object> awaitAnchored(String licenceId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            VaultClient.Answer read = vault.get("/api/v1/licences/" + licenceId, shanghai);
            if ("ANCHORED".equals(read.string("anchorStatus"))) {
                return read.body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(licenceId + " was not anchored within 30 s");
    }

    /** The licence's proof bundle once the anchoring worker has anchored it (within 20 s). */
    protected Map<String, Object> awaitProof(String licenceId) throws InterruptedException {
        return awaitProof(licenceId, shanghai);
    }

    /** The licence's proof bundle, asked with {@code token}, once it is anchored (within 20 s). */
    protected Map<String, Object> awaitProof(String licenceId, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> proof = vault.get("/api/v1/licences/" + licenceId + "/proof", token).body();
            if (proof.containsKey("entry")) {
                return proof;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(licenceId + " was not anchored within 20 s");
    }

    @BeforeAll
    void connect() {
        vault = new VaultClient(http.toBlocking());
        shanghai = tokens.mint(Role.DEPARTMENT, Fixtures.SHANGHAI_SAMR, "shanghai");
    }

    @BeforeAll
    void continueSerials() throws SQLException {
        try (Connection connection = database()) {
            VaultTestEnvironment.continueSerials(connection);
        }
    }
}
