package io.zhengku.vault;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts the vault: the issuing service of one region. Its OpenAPI document is served under /openapi/. */
@OpenAPIDefinition(info = @Info(title = "Zhengku vault", version = "1",
        description = "Issue, store, seal, index and anchor electronic licences and materials"))
public final class VaultApplication {

    private VaultApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(VaultApplication.class, args);
    }
}
