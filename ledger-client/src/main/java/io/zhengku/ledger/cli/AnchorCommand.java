package io.zhengku.ledger.cli;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricIssuerRegistry;
import io.zhengku.ledger.fabric.FabricLedger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Anchors files (锚定) as the connection's region's first demo department: each becomes a material sealed with
 * the department's SM2 seal, and all go through one batcher, so a few files share a transaction. A file whose
 * digest the ledger holds already is reported with its record instead.
 */
@Command(name = "anchor",
        description = {"Anchor FILEs as materials of the region's first demo department.",
            "Each is sealed with the department's SM2 seal from --pki. One line per file:",
            "  anchored SHA256 tx=ID block=N batch=ID file=FILE",
            "or, for a file the ledger holds already, from its record:",
            "  already-anchored SHA256 tx=ID block=N batch=ID status=S issuer=USCC",
            "      anchoredAt=TIME file=FILE",
            "Every FILE is read first: one that is missing, unreadable or a directory",
            "anchors nothing (exit 2)."})
final class AnchorCommand implements Callable<Integer> {

    /** 身份证明材料 (proof of identity): a material type every demo department is registered for. */
    static final String DEFAULT_TYPE = "11100000000013338M001";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Mixin
    ConnectionOption connection;

    @Option(names = "--pki", required = true, paramLabel = "DIR",
            description = "the development PKI folder that `pki init --out DIR` made")
    Path pki;

    @Option(names = "--type", paramLabel = "CODE", defaultValue = DEFAULT_TYPE,
            description = "the GB/T 36904 material type code (default ${DEFAULT-VALUE})")
    String typeCode;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to anchor")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FieldChecks.typeCode(typeCode, "--type");
        List<HashedFile> hashed = HashedFile.hashAll(files);
        FabricConnection region = connection.read();
        DemoIssuer issuer = DemoIssuer.load(pki, region.region());
        try (FabricLedger ledger = FabricLedger.connect(region, settings(region))) {
            issuer.requireRegistered(new FabricIssuerRegistry(ledger.gateway()), typeCode, Instant.now());
            return report(hashed, anchorNew(ledger, issuer, hashed));
        }
    }

    // Losing the Raft leader makes the orderers refuse for 6-10 s: retry for about half a minute, not 3 s.
    private static BatcherSettings settings(FabricConnection region) {
        return BatcherSettings.defaults(region.region() + "-cli")
                .withRetries(10, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** Looks every digest up first, then hands the new ones to the batcher at once; one outcome per digest. */
    private Map<String, CompletableFuture<String>> anchorNew(FabricLedger ledger, DemoIssuer issuer,
                                                            List<HashedFile> hashed) throws LedgerException {
        Map<String, CompletableFuture<String>> outcomes = new LinkedHashMap<>();
        Map<String, HashedFile> fresh = new LinkedHashMap<>();
        for (HashedFile file : hashed) {
            String sha256 = file.sha256().hex();
            if (outcomes.containsKey(sha256) || fresh.containsKey(sha256)) {
                continue;
            }
            Optional<DocumentRecord> existing = ledger.findByDigest(sha256);
            if (existing.isPresent()) {
                long block = ledger.gateway().awaitCommit(existing.get().transactionId()).blockNumber();
                outcomes.put(sha256, CompletableFuture.completedFuture(alreadyAnchored(existing.get(), block)));
            } else {
                fresh.put(sha256, file);
            }
        }
        LocalDate today = LocalDate.now(CHINA);
        SecureRandom random = new SecureRandom();
        fresh.forEach((sha256, file) -> outcomes.put(sha256, ledger.anchor(
                issuer.materialEntry(file, typeCode, today, random)).thenApply(receipt -> anchored(sha256, receipt))));
        return outcomes;
    }

    /** Prints each file's outcome in the order given; a document the ledger did not take makes the exit 3. */
    private int report(List<HashedFile> hashed, Map<String, CompletableFuture<String>> outcomes)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (HashedFile file : hashed) {
            String sha256 = file.sha256().hex();
            try {
                out.println(outcomes.get(sha256).get() + " file=" + file.path());
            } catch (ExecutionException e) {
                err.println("failed " + sha256 + " file=" + file.path() + ": " + failure(e.getCause()));
                exit = LedgerCli.LEDGER;
            }
        }
        return exit;
    }

    private static String anchored(String sha256, AnchorReceipt receipt) {
        return "anchored " + sha256 + " tx=" + receipt.transactionId() + " block=" + receipt.blockNumber()
                + " batch=" + receipt.batchId();
    }

    private static String alreadyAnchored(DocumentRecord record, long block) {
        return "already-anchored " + record.sha256() + " tx=" + record.transactionId() + " block=" + block
                + " batch=" + record.batchId() + " status=" + record.status() + " issuer="
                + record.entry().issuerCode() + " anchoredAt=" + record.anchoredAt();
    }

    private static String failure(Throwable cause) {
        return cause instanceof LedgerException ledger ? LedgerCli.describe(ledger) : String.valueOf(cause);
    }
}
