package io.zhengku.signing.cli;

import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.Region;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pki verifier --dir DIR --region R}: the keystore of a region's verifier, made on first use. */
@Command(name = "verifier",
        description = "Prints the keystore holding the region's verifier key, which signs verification receipts; "
                + "makes it from the region's SM2 root the first time (the password is the PKI's).")
final class PkiVerifierCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "A folder made by pki init.")
    Path dir;

    @Option(names = "--region", required = true, paramLabel = "REGION",
            description = "shanghai, zhejiang, jiangsu or anhui.")
    String region;

    @Override
    public Integer call() throws IOException {
        Region chosen = Arrays.stream(Region.values()).filter(r -> r.code().equals(region)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown region '" + region
                        + "'; use one of shanghai, zhejiang, jiangsu, anhui"));
        spec.commandLine().getOut().println(DevPki.verifierKeystore(dir, chosen, Clock.systemUTC()));
        return 0;
    }
}
