package io.zhengku.signing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code zk pki} and {@code zk seal} commands, run from {@code signing/target/zhengku-signing.jar}.
 *
 * <pre>{@code
 * java -jar zhengku-signing.jar pki init --out run/pki
 * java -jar zhengku-signing.jar seal sign --keystore run/pki/seal-113101010024795883-sm2.p12 licence.pdf licence.p7s
 * java -jar zhengku-signing.jar seal verify --ca run/pki/shanghai-root.pem licence.pdf licence.p7s
 * }</pre>
 */
@Command(name = "zk", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = SigningCli.Version.class,
        description = "Electronic seals (电子印章): development PKI, CMS seals and their verification.",
        subcommands = {SigningCli.Pki.class, SigningCli.Seal.class},
        footer = {"", "Exit codes: 0 done or VALID, 1 INVALID, 2 usage or input error, 3 internal error."})
public final class SigningCli implements Runnable {

    /** A problem the user can fix: a wrong argument, a missing file, a wrong password. */
    static final int USAGE = 2;
    /** A bug or an environment failure. */
    static final int INTERNAL = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line, writing results to {@code out} and diagnostics to {@code err}. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SigningCli());
        commandLine.setOut(out).setErr(err).setExecutionExceptionHandler((e, line, parsed) -> {
            boolean userError = e instanceof IOException || e instanceof IllegalArgumentException;
            line.getErr().println("error: " + (e instanceof NoSuchFileException ? "no such file: " : "")
                    + e.getMessage());
            return userError ? USAGE : INTERNAL;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: pki init, seal sign or seal verify");
    }

    /** The version written into the jar's manifest by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zhengku-signing " + SigningCli.class.getPackage().getImplementationVersion()};
        }
    }

    @Command(name = "pki", description = "The development PKI.",
            subcommands = {PkiInitCommand.class, PkiVerifierCommand.class})
    static final class Pki implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "name a command: pki init --out DIR");
        }
    }

    @Command(name = "seal", description = "Detached CMS seals over documents.",
            subcommands = {SealSignCommand.class, SealVerifyCommand.class})
    static final class Seal implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name a command: seal sign --keystore P12 DOC SIG, or seal verify --ca ROOT_PEM DOC SIG");
        }
    }
}
