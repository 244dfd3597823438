package io.zhengku.signing.cli;

import io.zhengku.signing.pki.DevPki;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pki init --out DIR}: creates the development PKI, or reuses the complete one in DIR. */
@Command(name = "init",
        description = {"Creates a root CA per region (SM2 and P-256 roots in <region>-root.pem) and a demo Shanghai "
                + "department with an SM2 and a P-256 seal, in PKCS#12 keystores whose password is in "
                + DevPki.PASSWORD_FILE + ".",
            "A DIR that already holds a complete PKI is reused, never overwritten; a partial one is refused."})
final class PkiInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PKI files.")
    Path out;

    @Override
    public Integer call() throws IOException {
        DevPki.Listing listing = DevPki.initialise(out, Clock.systemUTC());
        if (listing.reused()) {
            spec.commandLine().getErr().println("reusing the existing PKI in " + out);
        }
        var stdout = spec.commandLine().getOut();
        listing.roots().forEach(root -> stdout.println("root " + root.region().code() + " " + root.pem()));
        listing.seals().forEach(seal -> stdout.println("seal " + seal.departmentCode() + " "
                + seal.algorithm().code() + " " + seal.keystore() + " " + seal.fingerprint()));
        return 0;
    }
}
