package io.zhengku.proof.cli;

import io.zhengku.proof.receipt.VerificationReceipts;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.TrustAnchors;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./zk verify receipt RECEIPT --ca ROOTS.pem...}: checks a verifier's signed receipt (the {@code receipt}
 * object of an answer, saved as JSON) and prints {@code receipt: VALID} and what it states, or
 * {@code receipt: INVALID <reason>}. Exit status 0 valid, 1 invalid, 2 usage.
 */
public final class VerifyReceiptCli {

    private VerifyReceiptCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> roots = new ArrayList<>();
        String receipt = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--ca") && i + 1 < args.size()) {
                roots.add(args.get(++i));
            } else if (!args.get(i).startsWith("--") && receipt == null) {
                receipt = args.get(i);
            } else {
                err.println("usage: verify receipt RECEIPT.json --ca ROOTS.pem [--ca ...]: unexpected '" + args.get(i)
                        + "'");
                return 2;
            }
        }
        if (receipt == null || roots.isEmpty()) {
            err.println("usage: verify receipt RECEIPT.json --ca ROOTS.pem [--ca ...]");
            return 2;
        }
        try {
            List<X509Certificate> trusted = new ArrayList<>();
            for (String pem : roots) {
                trusted.addAll(Certificates.readPem(Path.of(pem)));
            }
            Map<?, ?> payload = VerificationReceipts.verify(Files.readAllBytes(Path.of(receipt)),
                    TrustAnchors.of(trusted));
            out.println("receipt: VALID");
            payload.forEach((name, value) -> out.println(name + ": " + value));
            return 0;
        } catch (VerificationException e) {
            out.println("receipt: INVALID " + e.reason() + " - " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("verify receipt: " + e.getMessage());
            return 2;
        }
    }
}
