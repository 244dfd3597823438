package io.zhengku.vault.auth;

import io.zhengku.vault.department.DemoDepartments;
import io.zhengku.vault.department.Department;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./zk token}: prints a development bearer token.
 *
 * <pre>
 * token --secret-file F [DEPARTMENT]        a department's token (default: Shanghai's first demo department)
 * token --secret-file F --holder CODE [--region R]   a holder's token
 * token --secret-file F --admin REGION      a region admin's token
 * token --list                              one line per demo department: code, region, type codes
 * </pre>
 */
public final class DevTokenCli {

    private DevTokenCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--list")) {
            for (Department department : DemoDepartments.all()) {
                out.println(department.code() + " " + department.region() + " "
                        + String.join(",", department.typeCodeList()));
            }
            return 0;
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
        String code = positional(args).orElse(DemoDepartments.all().get(0).code());
        Optional<Department> department = DemoDepartments.all().stream().filter(d -> d.code().equals(code)).findFirst();
        if (department.isEmpty()) {
            err.println("token: " + code + " is not a demo department; ./zk token --list shows them");
            return 1;
        }
        out.println(tokens.mint(Role.DEPARTMENT, code, department.get().region()));
        return 0;
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }

    /** The first argument that is neither an option nor an option's value. */
    private static Optional<String> positional(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                i++;
            } else {
                return Optional.of(args.get(i));
            }
        }
        return Optional.empty();
    }
}
