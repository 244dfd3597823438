package io.zhengku.bench.anchoring;

import io.zhengku.bench.issuance.Latencies;
import io.zhengku.bench.issuance.Machine;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricGateway;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.PasswordFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./zk bench anchoring}: fresh documents anchored through the real network two ways at the same client
 * concurrency (batches in flight) in one run — one document per transaction, then many per transaction — each
 * to VALID on the channel, then read back through Zhejiang's peer. Entries are sealed before the clock starts
 * (as the vault seals them at issuance), so the figures are the ledger's.
 */
public final class AnchoringBench {

    private static final String MATERIAL_TYPE = "11100000000013338M001";
    private static final int READ_BACK_SAMPLE = 300;

    private AnchoringBench() {
    }

    public static int run(List<String> args, PrintStream out) throws Exception {
        AnchoringOptions options = AnchoringOptions.parse(args);
        FabricConnection shanghai = FabricConnection.read(options.shanghai());
        FabricConnection zhejiang = FabricConnection.read(options.zhejiang());
        SealCredential seal = demoSeal(options.pki());
        out.printf(Locale.ROOT, "conditions: %d cores (%s), %s RAM, %s; the whole stack of ./zk up on this machine%n",
                Machine.cores(), Machine.cpuModel(), Machine.totalMemory(), Machine.jvm());
        out.printf(Locale.ROOT, "conditions: Shanghai's client submits, endorsed by Shanghai's and Zhejiang's peers,"
                + " 3 Raft orderers (BatchTimeout and MaxMessageCount as network/up made the channel); %d batches in"
                + " flight both ways; SM2-sealed materials of %s%n", options.concurrency(),
                DevPki.DEMO_DEPARTMENT.creditCode().code());
        Result perTransaction = anchor("per-tx", shanghai, seal, options.perTransactionDocs(), 1, options, out);
        Result batched = anchor("batched", shanghai, seal, options.docs(), options.batchSize(), options, out);
        readBack(zhejiang, perTransaction.entries(), perTransaction.entries().size(), out);
        readBack(zhejiang, batched.entries(), READ_BACK_SAMPLE, out);
        out.printf(Locale.ROOT, "anchoring: batched %.1f docs/s, per-tx %.1f docs/s, ratio %.1fx%n", batched.rate(),
                perTransaction.rate(), batched.rate() / perTransaction.rate());
        return 0;
    }

    private record Result(List<AnchorEntry> entries, double rate) {
    }

    private static Result anchor(String name, FabricConnection connection, SealCredential seal, int docs, int batchSize,
                                 AnchoringOptions options, PrintStream out) throws Exception {
        BatcherSettings settings = BatcherSettings.defaults("bench-" + name + "-" + Long.toString(System.currentTimeMillis(), 36))
                .withMaxBatchSize(batchSize).withMaxInFlight(options.concurrency());
        List<AnchorEntry> warmUp = entries(seal, Math.min(docs, Math.max(options.concurrency() * batchSize, 50)));
        List<AnchorEntry> measured = entries(seal, docs);
        try (FabricLedger ledger = FabricLedger.connect(connection, settings)) {
            awaitAll(submit(ledger, warmUp, new long[warmUp.size()]));
            long[] latencies = new long[measured.size()];
            long start = System.nanoTime();
            List<CompletableFuture<AnchorReceipt>> receipts = submit(ledger, measured, latencies);
            awaitAll(receipts);
            double seconds = (System.nanoTime() - start) / 1e9;
            Latencies anchored = new Latencies(latencies);
            double rate = docs / seconds;
            out.printf(Locale.ROOT, "%s: %d documents, %d per transaction at most, in %.2f s: %.1f docs/s to VALID,"
                    + " p50 %.0f ms, p99 %.0f ms (after %d warm-up documents)%n", name, docs, batchSize, seconds, rate,
                    anchored.percentileMillis(50), anchored.percentileMillis(99), warmUp.size());
            return new Result(measured, rate);
        }
    }

    /** Hands every entry to the batcher at once; each latency is filled in when its receipt arrives. */
    private static List<CompletableFuture<AnchorReceipt>> submit(FabricLedger ledger, List<AnchorEntry> entries,
                                                                 long[] latencies) {
        List<CompletableFuture<AnchorReceipt>> receipts = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            long submitted = System.nanoTime();
            receipts.add(ledger.anchor(entries.get(i)).whenComplete((receipt, error) ->
                    latencies[index] = System.nanoTime() - submitted));
        }
        return receipts;
    }

    private static void awaitAll(List<CompletableFuture<AnchorReceipt>> receipts) throws Exception {
        CompletableFuture.allOf(receipts.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
    }

    private static void readBack(FabricConnection zhejiang, List<AnchorEntry> entries, int count, PrintStream out)
            throws Exception {
        int found = 0;
        try (FabricGateway gateway = FabricGateway.connect(zhejiang, FabricGateway.Signer.CLIENT)) {
            int step = Math.max(1, entries.size() / count);
            int asked = 0;
            for (int i = 0; i < entries.size() && asked < count; i += step, asked++) {
                found += gateway.evaluate("findByDigest", entries.get(i).sha256()).isPresent() ? 1 : 0;
            }
            out.printf(Locale.ROOT, "read back through Zhejiang's peer: %d of %d asked (every %d. of %d) found%n",
                    found, asked, step, entries.size());
            if (found != asked) {
                throw new IllegalStateException((asked - found) + " anchored documents are missing on Zhejiang's peer");
            }
        }
    }

    private static List<AnchorEntry> entries(SealCredential seal, int count) {
        SecureRandom random = new SecureRandom();
        String run = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        String issuer = DevPki.DEMO_DEPARTMENT.creditCode().code();
        String validFrom = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String fingerprint = io.zhengku.signing.pki.Certificates.sha256Fingerprint(seal.certificate());
        List<AnchorEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(EntrySeals.seal(new EntryToSeal(hex(random), null, "M." + issuer + ".B" + run
                    + Integer.toString(i, 36).toUpperCase(Locale.ROOT), DocumentKind.MATERIAL, MATERIAL_TYPE, issuer,
                    validFrom, null, hex(random), fingerprint), seal));
        }
        return entries;
    }

    private static String hex(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The SM2 seal of Shanghai's first demo department, which ./zk up's vault registered on the channel. */
    private static SealCredential demoSeal(Path pki) throws Exception {
        char[] password = PasswordFile.read(pki.resolve(DevPki.PASSWORD_FILE));
        return Pkcs12Keystore.load(DevPki.sealKeystore(pki, DevPki.DEMO_DEPARTMENT, SealAlgorithm.SM2_SM3), password);
    }

}
