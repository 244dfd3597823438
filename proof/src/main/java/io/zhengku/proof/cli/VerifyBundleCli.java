package io.zhengku.proof.cli;

import io.zhengku.proof.BundleVerdict;
import io.zhengku.proof.Check;
import io.zhengku.proof.ProofBundleVerifier;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./zk verify bundle BUNDLE --ca ROOTS.pem [--ca MORE.pem] [--file DOCUMENT] [--root HEX]
 * [--anchored-at INSTANT]}: checks a proof bundle offline and prints
 * {@code verdict: <VALID|ROOT_UNCONFIRMED|INVALID>}, then one line per check. The root and the anchoring time
 * (e.g. {@code 2026-11-27T10:00:00Z}, the {@code anchoredAt} of the document's record) are read from a peer;
 * the seal is judged at that time. Exit status 0 for VALID, 1 for INVALID, 3 for ROOT_UNCONFIRMED, 2 for a
 * usage error.
 */
public final class VerifyBundleCli {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int UNCONFIRMED = 3;

    private VerifyBundleCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> roots = new ArrayList<>();
        String bundle = null;
        String file = null;
        String root = null;
        String anchoredAt = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--ca") && hasValue) {
                roots.add(args.get(++i));
            } else if (arg.equals("--file") && hasValue) {
                file = args.get(++i);
            } else if (arg.equals("--root") && hasValue) {
                root = args.get(++i);
            } else if (arg.equals("--anchored-at") && hasValue) {
                anchoredAt = args.get(++i);
            } else if (!arg.startsWith("--") && bundle == null) {
                bundle = arg;
            } else {
                return usage(err, "unexpected argument '" + arg + "'");
            }
        }
        if (bundle == null || roots.isEmpty()) {
            return usage(err, "a bundle file and at least one --ca are needed");
        }
        Optional<Instant> anchored;
        try {
            anchored = Optional.ofNullable(anchoredAt).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return usage(err, "--anchored-at " + anchoredAt + " is not an instant such as 2026-11-27T10:00:00Z");
        }
        try {
            List<X509Certificate> trusted = new ArrayList<>();
            for (String pem : roots) {
                trusted.addAll(Certificates.readPem(Path.of(pem)));
            }
            BundleVerdict verdict = new ProofBundleVerifier(TrustAnchors.of(trusted), Clock.systemUTC())
                    .verify(Files.readAllBytes(Path.of(bundle)), Optional.ofNullable(file).map(Path::of),
                            Optional.ofNullable(root), anchored);
            out.println("verdict: " + verdict.verdict());
            for (Check check : verdict.checks()) {
                out.println(check.name() + ": " + check.result() + (check.reason() == null ? "" : " " + check.reason())
                        + " - " + check.detail());
            }
            return switch (verdict.verdict()) {
                case VALID -> VALID;
                case INVALID -> INVALID;
                case ROOT_UNCONFIRMED -> UNCONFIRMED;
            };
        } catch (IOException e) {
            err.println("verify: " + e.getMessage());
            return USAGE;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("verify: " + problem);
        err.println("usage: ./zk verify bundle BUNDLE --ca ROOTS.pem [--ca MORE.pem] [--file DOCUMENT] [--root HEX]"
                + " [--anchored-at INSTANT]");
        return USAGE;
    }
}
