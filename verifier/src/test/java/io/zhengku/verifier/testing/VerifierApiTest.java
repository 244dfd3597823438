package io.zhengku.verifier.testing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every HTTP test of a verifier starts from: Zhejiang's verifier on its own database, reading the double
 * of its peer, and a client. Subclasses add {@code @MicronautTest(environments = RegionLedgerDouble.ENVIRONMENT)}
 * and may add properties by overriding {@link #getProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class VerifierApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected RegionLedgerDouble peer;

    protected VerifierClient verifier;

    @Override
    public Map<String, String> getProperties() {
        return VerifierTestEnvironment.properties();
    }

    @BeforeAll
    void connect() {
        verifier = new VerifierClient(http.toBlocking());
    }

    /** A new licence of Shanghai's demo department with {@code status}, on the peer with its issuer's registry. */
    protected Licence anchored(DocumentStatus status) {
        Licence licence = AnchoredLicences.shanghai().anchored(status);
        peer.anchor(licence);
        return licence;
    }
}
