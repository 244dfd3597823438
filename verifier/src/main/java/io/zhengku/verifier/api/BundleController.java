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
import io.swagger.v3.oas.annotations.Operation;
import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.problem.ProblemException;
import io.zhengku.proof.BundleVerdict;
import io.zhengku.proof.Check;
import io.zhengku.proof.ProofBundleVerifier;
import io.zhengku.verifier.service.LedgerReader;
import io.zhengku.verifier.service.TrustRoots;
import io.zhengku.verifier.service.VerifierSettings;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /api/v1/verify/bundle} (离线核验): the check of a vault's proof bundle, over HTTP. The body is the
 * bundle exactly as the vault gave it (its bytes are checked, so it is not re-encoded). The bundle's batch is
 * read from this verifier's own peer, as every fact a verifier relies on: its root and size are what the proof
 * must lead to, its anchoring time is when the seal is judged. A root the caller names is not trusted: one that
 * is not the peer's is refused ({@code 409 root-not-anchored}). No file is taken here: the bundle proves the
 * anchored digest, and a file is checked against that digest with {@code POST /api/v1/verify}. A bundle is a
 * few kilobytes (an entry, a receipt with about 20 hashes, a certificate); {@link RequestLimits} refuses a body
 * over 256 KiB.
 */
@Controller("/api/v1/verify/bundle")
@SerdeImport(BundleVerdict.class)
@SerdeImport(Check.class)
public class BundleController {

    private final TrustRoots roots;
    private final LedgerReader ledger;
    private final VerifierSettings settings;
    private final Clock clock;

    public BundleController(TrustRoots roots, LedgerReader ledger, VerifierSettings settings, Clock clock) {
        this.roots = roots;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "verifyBundle", summary = "Check a vault's proof bundle against its batch as this "
            + "verifier's own peer records it")
    public BundleVerdict verify(@Body byte[] bundle, @Nullable @QueryValue String root) {
        return new ProofBundleVerifier(roots.anchors(), clock).verify(bundle, Optional.empty(),
                batchId -> agreeing(ledger.batch(batchId), root));
    }

    /** The peer's batch, after checking that a root the caller named is the peer's. */
    private Optional<BatchRecord> agreeing(Optional<BatchRecord> batch, String root) {
        if (root != null && batch.isPresent() && !batch.get().merkleRoot().equalsIgnoreCase(root.strip())) {
            throw new ProblemException(HttpStatus.CONFLICT, "root-not-anchored", "the root " + root.strip()
                    + " is not the root " + settings.region() + "'s peer holds for batch " + batch.get().batchId()
                    + " (" + batch.get().merkleRoot() + "); the bundle is checked against the peer's root, so "
                    + "send it without ?root", "root", null);
        }
        return batch;
    }
}
