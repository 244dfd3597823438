package io.zhengku.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./zk present ID}: a fresh 亮证 QR code for a licence, since a token lives minutes. Asked of the vault
 * with the token of the licence's issuing department (the holder's own app does the same with the holder's).
 *
 * <pre>ZK_TOKEN=... java -cp zhengku-demo.jar io.zhengku.demo.PresentCommand VAULT_URL ID --out DIR [--disclose F,...] [--ttl S] [--audience REGION]</pre>
 *
 * Exit status: 0 when the code was made, 1 when the vault refused (its words are printed), 2 for bad usage,
 * 3 when the vault could not be reached.
 */
public final class PresentCommand {

    static final String USAGE = """
            usage: ./zk present ID [--disclose FIELD,...] [--ttl SECONDS] [--audience REGION]
              a fresh 亮证 QR code (and its token) for licence ID, written under run/present/
              --disclose  the metadata fields to show (default holderName,validUntil), e.g. holderName,number
              --ttl       how long the token lives, in seconds (default 300, at most 600)
              --audience  the region whose verifier alone may accept it (default: any region's)""";

    private static final List<String> DEFAULT_DISCLOSURE = List.of("holderName", "validUntil");
    private static final long DEFAULT_TTL_SECONDS = 300;

    private PresentCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(USAGE);
            System.exit(0);
        }
        Optional<String> out = option(arguments, "--out");
        if (arguments.size() < 2 || out.isEmpty() || System.getenv("ZK_TOKEN") == null) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String id = arguments.get(1);
        try {
            List<String> disclose = option(arguments, "--disclose").map(list -> Arrays.asList(list.split(",")))
                    .orElse(DEFAULT_DISCLOSURE);
            long ttl = Long.parseLong(option(arguments, "--ttl").orElse(String.valueOf(DEFAULT_TTL_SECONDS)));
            QrPresentation shown = QrPresentation.make(new VaultApi(URI.create(arguments.get(0)),
                    System.getenv("ZK_TOKEN")), id, disclose, ttl, option(arguments, "--audience"), Path.of(out.get()),
                    id.replaceAll("[^0-9A-Za-z.-]", "_"));
            System.out.println("亮证 QR code: " + shown.qrPng().toAbsolutePath());
            System.out.println("token:        " + shown.token().toAbsolutePath());
            System.out.println("valid until:  " + shown.expiresAt() + "; shows " + String.join(", ", disclose));
            System.out.println("verify it:    ./zk verify qr " + shown.qrPng() + " --region zhejiang");
        } catch (NumberFormatException e) {
            System.err.println("error: --ttl takes a whole number of seconds\n" + USAGE);
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("error: cannot reach the vault at " + arguments.get(0) + ": " + e.getMessage());
            System.exit(3);
        }
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
