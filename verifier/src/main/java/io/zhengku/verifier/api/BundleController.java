package io.zhengku.verifier.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.zhengku.proof.BundleVerdict;
import io.zhengku.proof.Check;
import io.zhengku.proof.ProofBundleVerifier;
import io.zhengku.verifier.service.TrustRoots;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /api/v1/verify/bundle} (离线核验): the offline check of a vault's proof bundle, over HTTP. The body
 * is the bundle exactly as the vault gave it (its bytes are checked, so it is not re-encoded); {@code root}, the
 * batch root read from any region's peer, confirms the proof is the ledger's. No file is taken here: the
 * bundle proves the anchored digest, and a file is checked against that digest with {@code POST /api/v1/verify}.
 * A bundle is a few kilobytes (an entry, a receipt with about 20 hashes, a certificate); {@link RequestLimits}
 * refuses a body over 256 KiB.
 */
@Controller("/api/v1/verify/bundle")
@SerdeImport(BundleVerdict.class)
@SerdeImport(Check.class)
public class BundleController {

    private final TrustRoots roots;
    private final Clock clock;

    public BundleController(TrustRoots roots, Clock clock) {
        this.roots = roots;
        this.clock = clock;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "verifyBundle", summary = "Check a vault's proof bundle offline, optionally against "
            + "the batch root read from a peer")
    public BundleVerdict verify(@Body byte[] bundle, @Nullable @QueryValue String root) {
        return new ProofBundleVerifier(roots.anchors(), clock).verify(bundle, Optional.empty(),
                Optional.ofNullable(root));
    }
}
