package io.zhengku.ledger.cli;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.fabric.FabricGateway;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Registers an issuing department of the connection's region, or brings its entry up to date; an entry
 * that already says the same is left alone, so running it twice registers nothing the second time.
 */
@Command(name = "register-department",
        description = "Register (or update) an issuing department of the connection's region, as its admin.")
final class RegisterDepartmentCommand implements Callable<Integer> {

    @Mixin
    ConnectionOption connection;

    @Option(names = "--uscc", required = true, description = "the department's unified social credit code")
    String uscc;

    @Option(names = "--name", required = true, description = "its official name")
    String name;

    @Option(names = "--types", required = true, split = ",", paramLabel = "CODE",
            description = "the GB/T 36904 type codes it may issue, comma-separated")
    List<String> typeCodes;

    @Option(names = "--seal", paramLabel = "PEM", description = "a seal certificate of the department to register"
            + " with it (repeatable)")
    List<Path> seals = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (FabricGateway admin = connection.connect(FabricGateway.Signer.ADMIN)) {
            register(admin);
            for (Path seal : seals) {
                RegisterSealCommand.register(admin, uscc, seal, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    private void register(FabricGateway admin) throws LedgerException {
        Optional<RegisteredDepartment> registered = admin.evaluate(RegisteredDepartment::parse, "findDepartment", uscc);
        if (registered.isPresent() && registered.get().name().equals(name)
                && new TreeSet<>(registered.get().typeCodes()).equals(new TreeSet<>(typeCodes))) {
            spec.commandLine().getOut().println("department " + uscc + " is registered already as given; nothing to do");
            return;
        }
        String transaction = registered.isPresent() ? "updateDepartment" : "registerDepartment";
        FabricGateway.Submission submission = admin.submit(transaction,
                CanonicalJson.encodeToString(Map.of("uscc", uscc, "name", name, "typeCodes", typeCodes)));
        submission.awaitValid();
        spec.commandLine().getOut().println((registered.isPresent() ? "updated" : "registered") + " department "
                + uscc + " of " + admin.msp() + " in transaction " + submission.transactionId());
    }
}
