package io.zhengku.ledger.cli;

import io.zhengku.ledger.LedgerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code zk ledger} commands, run from {@code ledger-client/target/zhengku-ledger.jar}: the issuer registry
 * on the channel, signed by a region's admin; anchoring files as a demo department; and reading a record from a
 * region's own peer.
 *
 * <pre>{@code
 * java -jar zhengku-ledger.jar register-department --connection shanghai.json --uscc 113101010024795883 \
 *     --name "上海市黄浦区市场监督管理局" --types 11100000000013338W011,11100000000013338M001
 * java -jar zhengku-ledger.jar anchor --connection shanghai.json --pki run/pki scan.pdf form.pdf
 * java -jar zhengku-ledger.jar find --connection zhejiang.json 9f86d081884c7d65...
 * }</pre>
 */
@Command(name = "zk ledger", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        description = "The yangtze-delta channel (账本): issuer registry, anchoring and records.",
        subcommands = {RegisterRegionCommand.class, RegisterDepartmentCommand.class, RegisterSealCommand.class,
            AnchorCommand.class, FindCommand.class},
        footer = {"", "Exit codes: 0 done, 1 not found, 2 usage or input error, 3 refused by the contract or the"
            + " network unavailable."})
public final class LedgerCli implements Runnable {

    static final int NOT_FOUND = 1;
    static final int USAGE = 2;
    static final int LEDGER = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new LedgerCli());
        commandLine.setOut(out).setErr(err).setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof LedgerException ledger) {
                line.getErr().println("error: " + describe(ledger));
                return LEDGER;
            }
            boolean userError = e instanceof IOException || e instanceof IllegalArgumentException;
            line.getErr().println("error: " + (e instanceof NoSuchFileException ? "no such file: " : "") + e.getMessage());
            return userError ? USAGE : LEDGER;
        });
        return commandLine.execute(args);
    }

    /** A ledger failure as users read it: reason, refusal code if any, and what was wrong and what to do. */
    static String describe(LedgerException e) {
        return e.reason() + e.refusalCode().map(code -> " " + code).orElse("") + ": " + e.getMessage();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: register-region, register-department, register-seal, anchor or find");
    }
}
