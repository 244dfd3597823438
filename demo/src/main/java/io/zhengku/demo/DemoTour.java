package io.zhengku.demo;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./zk demo}: the whole path once, on the running system. Shanghai's demo department issues a licence
 * through its vault, the ledger anchors it, Zhejiang's verifier finds it VALID on Zhejiang's own peer; the
 * department revokes it, and the same verifier then answers REVOKED.
 *
 * <pre>ZK_TOKEN=... java -cp zhengku-demo.jar io.zhengku.demo.DemoTour http://127.0.0.1:8080 http://127.0.0.1:8082</pre>
 *
 * Exits 0 when both verdicts came as they should, 1 otherwise, 3 when a service could not be reached.
 */
public final class DemoTour {

    private static final Duration ANCHORING_WAIT = Duration.ofSeconds(60);
    /**
     * The tour's own holder, not the sample licence's: ./zk up shows the holder's newest licence, which must not
     * be one the tour revoked. Its organisation code carries a valid GB 11714 check digit.
     */
    static final String HOLDER_CODE = "91310101123456788N";
    static final String HOLDER_NAME = "上海长三角示例贸易有限公司";

    private DemoTour() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || System.getenv("ZK_TOKEN") == null) {
            System.err.println("usage: ZK_TOKEN=<department token> DemoTour VAULT_URL VERIFIER_URL");
            System.exit(2);
        }
        try {
            System.exit(run(new VaultApi(URI.create(args[0]), System.getenv("ZK_TOKEN")), URI.create(args[1]), System.out));
        } catch (IOException | IllegalStateException e) {
            System.err.println("[demo] error: " + e.getMessage());
            System.exit(3);
        }
    }

    static int run(VaultApi vault, URI verifier, PrintStream out) throws IOException, InterruptedException {
        String number = "DEMO-" + Instant.now().toEpochMilli();
        JsonObjectReader issued = vault.issue(CanonicalJson.encodeToString(Map.of("typeCode",
                SampleLicence.BUSINESS_LICENCE, "number", number, "holderName", HOLDER_NAME,
                "holderCode", HOLDER_CODE, "holderCodeType", "001", "validFrom", "2026-01-01",
                "validUntil", "2046-12-31")), SamplePdf.make(List.of("Business licence (demo tour)", "Number: " + number,
                "Issued by Huangpu District market supervision bureau, Shanghai (demo department)")), "issue a licence");
        String id = issued.string("id");
        out.println("[demo] 1. Shanghai's vault issued licence " + id + " (anchor " + issued.string("anchorStatus") + ")");
        Duration took = awaitAnchored(vault, id);
        out.println("[demo] 2. anchored on the channel " + took.toMillis() + " ms later");
        out.println("[demo] 3. Zhejiang's verifier, reading Zhejiang's own peer:");
        boolean valid = VerifyCommand.run(verifier, "id", id, Optional.empty(), out) == 0;
        vault.changeStatus(id, CanonicalJson.encodeToString(Map.of("status", "REVOKED", "reasonCode", "ISSUED_IN_ERROR",
                "reasonText", "revoked by the demo tour")));
        out.println("[demo] 4. Shanghai's department revoked it on the channel");
        out.println("[demo] 5. Zhejiang's verifier again:");
        VerifyCommand.run(verifier, "id", id, Optional.empty(), out);
        return valid ? 0 : 1;
    }

    private static Duration awaitAnchored(VaultApi vault, String id) throws IOException, InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(ANCHORING_WAIT) < 0) {
            if (vault.licence(id).string("anchorStatus").equals("ANCHORED")) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("licence " + id + " was not anchored within " + ANCHORING_WAIT.toSeconds()
                + " s; ./zk status and network/status show what runs, run/logs/vault.log why");
    }
}
