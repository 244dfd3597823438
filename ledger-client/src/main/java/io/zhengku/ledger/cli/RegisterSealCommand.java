package io.zhengku.ledger.cli;

import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.fabric.FabricGateway;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Registers a department's seal certificate, once: a certificate registered already is left alone. */
@Command(name = "register-seal",
        description = "Register a seal certificate (SM2 or P-256, PEM) of a department of the connection's region.")
final class RegisterSealCommand implements Callable<Integer> {

    @Mixin
    ConnectionOption connection;

    @Option(names = "--department", required = true, paramLabel = "USCC", description = "the department it seals for")
    String department;

    @Option(names = "--certificate", required = true, paramLabel = "PEM", description = "the seal certificate")
    Path certificate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (FabricGateway admin = connection.connect(FabricGateway.Signer.ADMIN)) {
            register(admin, department, certificate, spec.commandLine().getOut());
            return 0;
        }
    }

    /** Registers the certificate for the department unless it is registered already, and says which. */
    static void register(FabricGateway admin, String department, Path certificate, PrintWriter out) throws Exception {
        String pem = Files.readString(certificate, StandardCharsets.US_ASCII);
        String fingerprint = fingerprintOf(pem);
        if (admin.evaluate(RegisteredSeal::parse, "findSeal", fingerprint).isPresent()) {
            out.println("seal " + fingerprint + " is registered already; nothing to do");
            return;
        }
        FabricGateway.Submission submission = admin.submit("registerSeal", department, pem);
        submission.awaitValid();
        out.println("registered seal " + fingerprint + " of department " + department + " in transaction "
                + submission.transactionId());
    }

    /** SHA-256 of the certificate's DER, as the contract keys seals. */
    private static String fingerprintOf(String pem) throws Exception {
        String body = pem.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(body)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the certificate is not one PEM block of base64: " + e.getMessage(), e);
        }
    }
}
