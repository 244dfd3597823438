package io.zhengku.signing.cli;

import io.zhengku.signing.VerificationException;
import io.zhengku.signing.cms.CmsSealVerifier;
import io.zhengku.signing.cms.VerifiedSeal;
import io.zhengku.signing.pki.TrustAnchors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code seal verify --ca ROOT_PEM DOC SIG}: prints {@code VALID} or {@code INVALID <reason-code>}. */
@Command(name = "verify",
        description = {"Verifies a detached CMS seal over DOC against the root certificates in ROOT_PEM.",
            "Prints VALID (exit 0) or INVALID <reason-code> (exit 1); details go to standard error."})
final class SealVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ca", required = true, paramLabel = "ROOT_PEM", description = "Trusted root certificates (PEM).")
    Path roots;

    @Parameters(index = "0", paramLabel = "DOC", description = "The sealed document.")
    Path document;

    @Parameters(index = "1", paramLabel = "SIG", description = "The detached DER CMS signature.")
    Path signature;

    @Override
    public Integer call() throws IOException {
        CmsSealVerifier verifier = new CmsSealVerifier(TrustAnchors.fromPem(roots), Clock.systemUTC());
        if (!Files.isRegularFile(document)) {
            throw new IOException("no document at " + document + "; give the file that was sealed");
        }
        try {
            VerifiedSeal seal = verifier.verify(document, readSignature());
            spec.commandLine().getOut().println("VALID");
            spec.commandLine().getErr().println("sealed with " + seal.algorithm().code() + " by "
                    + seal.certificate().getSubjectX500Principal() + seal.signingTime().map(t -> " at " + t).orElse(""));
            return 0;
        } catch (VerificationException e) {
            spec.commandLine().getOut().println("INVALID " + e.reason());
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    /** Reads at most one byte past the verifier's limit, so a huge file is refused without being loaded. */
    private byte[] readSignature() throws IOException {
        try (InputStream in = Files.newInputStream(signature)) {
            return in.readNBytes(CmsSealVerifier.MAX_SIGNATURE_BYTES + 1);
        }
    }
}
