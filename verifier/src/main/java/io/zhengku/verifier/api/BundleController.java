package io.zhengku.verifier.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.SerdeImport;
import io.zhengku.problem.ProblemException;
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
 */
@Controller("/api/v1/verify/bundle")
@SerdeImport(BundleVerdict.class)
@SerdeImport(Check.class)
public class BundleController {

    /** A bundle is a few kilobytes: an entry, a receipt with a proof of about 20 hashes, a certificate. */
    static final int MAX_BUNDLE_BYTES = 256 * 1024;

    private final TrustRoots roots;
    private final Clock clock;

    public BundleController(TrustRoots roots, Clock clock) {
        this.roots = roots;
        this.clock = clock;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public BundleVerdict verify(@Body byte[] bundle, @Nullable @QueryValue String root) {
        if (bundle.length > MAX_BUNDLE_BYTES) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "bundle-too-large", "a proof bundle is "
                    + "at most " + MAX_BUNDLE_BYTES + " bytes; send the bundle the vault gave, unchanged", null, null);
        }
        return new ProofBundleVerifier(roots.anchors(), clock).verify(bundle, Optional.empty(),
                Optional.ofNullable(root));
    }
}
