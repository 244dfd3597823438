package io.zhengku.verifier.testing;

import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.PasswordFile;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.testkit.LocalPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;

/** What a verifier under test runs on: a fresh database in the project-local PostgreSQL, on a free port. */
public final class VerifierTestEnvironment {

    private VerifierTestEnvironment() {
    }

    /** Properties for one test class's verifier (Zhejiang's); each call gets its own database. */
    public static Map<String, String> properties() {
        return properties(LocalPostgres.shared().newDatabase());
    }

    /**
     * Adds a receipt key certified by {@code ca}'s SM2 root to {@code properties}: a PKCS#12 keystore and its
     * password file in a new temporary folder.
     */
    public static Map<String, String> withReceiptKey(Map<String, String> properties, RegionCa ca) {
        try {
            Path dir = Files.createTempDirectory("receipt-key");
            char[] password = PasswordFile.create(dir.resolve("password"));
            Instant from = Instant.now().minus(Duration.ofDays(1));
            SealCredential key = ca.issue(new X500Name("CN=" + ca.region().displayName() + " verifier"),
                    SealAlgorithm.SM2_SM3, from, Duration.ofDays(365));
            Pkcs12Keystore.write(dir.resolve("verifier.p12"), key, List.of(), password);
            properties.put("zhengku.verifier.receipt.keystore", dir.resolve("verifier.p12").toString());
            properties.put("zhengku.verifier.receipt.password-file", dir.resolve("password").toString());
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the region root certificates a proof bundle's seal is checked against to {@code properties}: a PEM
     * file in a new temporary folder.
     */
    public static Map<String, String> withTrustRoots(Map<String, String> properties, List<X509Certificate> roots) {
        try {
            Path file = Files.createTempDirectory("trust-roots").resolve("roots.pem");
            Certificates.writePem(file, roots);
            properties.put("zhengku.verifier.trust-roots", file.toString());
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties for a verifier on the given database, e.g. the same one again after a restart. */
    public static Map<String, String> properties(String databaseUrl) {
        LocalPostgres postgres = LocalPostgres.shared();
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", databaseUrl);
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", postgres.password());
        properties.put("zhengku.verifier.region", "zhejiang");
        properties.put("zhengku.verifier.name", "verifier-zhejiang");
        properties.put("micronaut.server.port", "-1");
        properties.put("micronaut.http.client.read-timeout", "30s");
        return properties;
    }
}
