package io.zhengku.ledger.cli;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.ledger.fabric.FabricGateway;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the record anchored with a digest as the connection's region's own peer holds it. */
@Command(name = "find", description = "Print the record anchored with SHA256, read from the region's own peer (exit 1 if absent).")
final class FindCommand implements Callable<Integer> {

    @Mixin
    ConnectionOption connection;

    @Parameters(paramLabel = "SHA256", description = "the document's SHA-256, 64 hex digits")
    String sha256;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // A malformed digest is the user's mistake (exit 2), not a refusal by the contract (exit 3).
        String digest = FieldChecks.sha256Hex(sha256.toLowerCase(Locale.ROOT), "SHA256");
        try (FabricGateway client = connection.connect(FabricGateway.Signer.CLIENT)) {
            Optional<String> record = client.evaluate("findByDigest", digest);
            if (record.isEmpty()) {
                spec.commandLine().getErr().println("no document is anchored with SHA-256 " + sha256
                        + " on " + client.msp() + "'s peer");
                return LedgerCli.NOT_FOUND;
            }
            spec.commandLine().getOut().println(record.get());
            return 0;
        }
    }
}
