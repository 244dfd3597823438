package io.zhengku.vault.auth;

import io.zhengku.vault.department.DemoDepartments;
import io.zhengku.vault.department.Department;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code ./zk token}: prints a development bearer token (see {@link #USAGE}).
 */
public final class DevTokenCli {

    static final String USAGE = """
            usage: ./zk token [DEPARTMENT]             a demo department's token (default: Shanghai's first)
                   ./zk token --region R                the first demo department of region R's token
                   ./zk token --holder CODE [--region R] a holder's token (region default shanghai)
                   ./zk token --admin REGION            a region admin's token
                   ./zk token --list                    the demo departments: code, region, type codes
            A token lives 12 hours and is accepted by the vault of its region only (holders' by any).""";

    /** The options that take a value; {@code --secret-file} is the one ./zk passes itself. */
    private static final Set<String> VALUED = Set.of("--secret-file", "--holder", "--admin", "--region");

    private DevTokenCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        if (args.contains("--list")) {
            for (Department department : DemoDepartments.all()) {
                out.println(department.code() + " " + department.region() + " "
                        + String.join(",", department.typeCodeList()));
            }
            return 0;
        }
        Optional<String> unknown = unknownOption(args);
        if (unknown.isPresent()) {
            err.println("token: unknown option " + unknown.get() + "\n" + USAGE);
            return 2;
        }
        Optional<String> secretFile = option(args, "--secret-file");
        if (secretFile.isEmpty()) {
            err.println("token: --secret-file is required (./zk token passes the vault's)");
            return 2;
        }
        DevTokens tokens;
        try {
            tokens = new DevTokens(TokenSecret.read(Path.of(secretFile.get())), Clock.systemUTC());
        } catch (IllegalStateException e) {
            err.println("token: " + e.getMessage());
            return 1;
        }
        return mint(tokens, args, out, err);
    }

    private static int mint(DevTokens tokens, List<String> args, PrintStream out, PrintStream err) {
        Optional<String> holder = option(args, "--holder");
        Optional<String> admin = option(args, "--admin");
        if (holder.isPresent()) {
            out.println(tokens.mint(Role.HOLDER, holder.get(), option(args, "--region").orElse("shanghai")));
            return 0;
        }
        if (admin.isPresent()) {
            out.println(tokens.mint(Role.REGION_ADMIN, admin.get(), admin.get()));
            return 0;
        }
        String region = option(args, "--region").orElse("shanghai");
        Optional<String> code = positional(args).or(() -> DemoDepartments.of(region).stream().findFirst()
                .map(Department::code));
        if (code.isEmpty()) {
            err.println("token: region " + region + " has no demo department; ./zk token --list shows them");
            return 1;
        }
        return mintForDepartment(tokens, code.get(), out, err);
    }

    private static int mintForDepartment(DevTokens tokens, String code, PrintStream out, PrintStream err) {
        Optional<Department> department = DemoDepartments.all().stream().filter(d -> d.code().equals(code)).findFirst();
        if (department.isEmpty()) {
            err.println("token: " + code + " is not a demo department; ./zk token --list shows them");
            return 1;
        }
        out.println(tokens.mint(Role.DEPARTMENT, code, department.get().region()));
        return 0;
    }

    private static Optional<String> unknownOption(List<String> args) {
        return firstArgument(args, arg -> arg.startsWith("-"));
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }

    /** The first argument that is neither an option nor an option's value. */
    private static Optional<String> positional(List<String> args) {
        return firstArgument(args, arg -> !arg.startsWith("-"));
    }

    /** The first argument, other than an option's value, that {@code wanted} accepts. */
    private static Optional<String> firstArgument(List<String> args, Predicate<String> wanted) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (VALUED.contains(arg)) {
                i++;
            } else if (wanted.test(arg)) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }
}
