package io.zhengku.verifier.testing;

import io.zhengku.testkit.LocalPostgres;
import java.util.HashMap;
import java.util.Map;

/** What a verifier under test runs on: a fresh database in the project-local PostgreSQL, on a free port. */
public final class VerifierTestEnvironment {

    private VerifierTestEnvironment() {
    }

    /** Properties for one test class's verifier (Zhejiang's); each call gets its own database. */
    public static Map<String, String> properties() {
        return properties(LocalPostgres.shared().newDatabase());
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
