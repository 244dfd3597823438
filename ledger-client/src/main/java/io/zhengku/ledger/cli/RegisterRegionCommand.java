package io.zhengku.ledger.cli;

import io.zhengku.ledger.fabric.FabricGateway;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Joins the connection's region to the contract's region registry, once. */
@Command(name = "register-region", description = "Register the connection's region in the contract (once; as its admin).")
final class RegisterRegionCommand implements Callable<Integer> {

    @Mixin
    ConnectionOption connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (FabricGateway admin = connection.connect(FabricGateway.Signer.ADMIN)) {
            String regions = admin.evaluate("listRegions").orElse("[]");
            if (regions.contains("\"msp\":\"" + admin.msp() + "\"")) {
                spec.commandLine().getOut().println("region " + admin.msp() + " is registered already; nothing to do");
                return 0;
            }
            FabricGateway.Submission submission = admin.submit("registerRegion");
            submission.awaitValid();
            spec.commandLine().getOut().println("registered region " + admin.msp() + " in transaction "
                    + submission.transactionId());
            return 0;
        }
    }
}
