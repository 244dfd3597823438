package io.zhengku.verifier.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.zhengku.problem.ProblemException;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The regions' root certificates a proof bundle's seal must chain to, read once at start from the PEM files
 * named by {@code zhengku.verifier.trust-roots} (comma-separated). A file that cannot be read stops the start,
 * naming it; with none configured, bundle checks are refused with a problem saying so.
 */
@Singleton
public class TrustRoots {

    private final Optional<TrustAnchors> anchors;

    public TrustRoots(@Value("${zhengku.verifier.trust-roots:}") List<String> files) {
        List<X509Certificate> roots = new ArrayList<>();
        for (String file : files) {
            if (file.isBlank()) {
                continue;
            }
            try {
                roots.addAll(Certificates.readPem(Path.of(file.strip())));
            } catch (IOException e) {
                throw new UncheckedIOException("zhengku.verifier.trust-roots names " + file
                        + ", which cannot be read as PEM certificates", e);
            }
        }
        this.anchors = roots.isEmpty() ? Optional.empty() : Optional.of(TrustAnchors.of(roots));
    }

    public TrustAnchors anchors() {
        return anchors.orElseThrow(() -> new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "no-trust-roots",
                "this verifier has no region root certificates to check a bundle's seal against; set "
                        + "zhengku.verifier.trust-roots to their PEM files (./zk up does), or use ./zk verify bundle"));
    }
}
