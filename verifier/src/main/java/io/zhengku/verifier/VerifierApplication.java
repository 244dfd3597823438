package io.zhengku.verifier;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts one region's verifier: relying parties' checks against that region's own peer. */
@OpenAPIDefinition(info = @Info(title = "Zhengku verifier", version = "1",
        description = "Verify a licence or material by file, SHA-256, identifier or 亮证 token, keeping no copy"))
public final class VerifierApplication {

    private VerifierApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(VerifierApplication.class, args);
    }
}
