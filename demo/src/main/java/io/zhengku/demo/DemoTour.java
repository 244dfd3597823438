package io.zhengku.demo;

import io.zhengku.core.json.CanonicalJson;
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
 * through Shanghai's vault, the ledger anchors it, Zhejiang's verifier finds it VALID on Zhejiang's own peer;
 * the department revokes it, and the same verifier then answers REVOKED. Then the other way round: Hangzhou's
 * demo department issues through Zhejiang's own vault, and Shanghai's verifier finds that licence VALID.
 *
 * <pre>ZK_TOKEN=... ZK_TOKEN_ZHEJIANG=... java -cp zhengku-demo.jar io.zhengku.demo.DemoTour \
 *     http://127.0.0.1:8080 http://127.0.0.1:8082 http://127.0.0.1:8090 http://127.0.0.1:8081</pre>
 *
 * Exits 0 when every verdict came as it should, 1 otherwise, 3 when a service could not be reached.
 */
public final class DemoTour {

    private static final Duration ANCHORING_WAIT = Duration.ofSeconds(60);
    /**
     * The tour's own holder, not the sample licence's: ./zk up shows the holder's newest licence, which must not
     * be one the tour revoked. Its organisation code carries a valid GB 11714 check digit.
     */
    static final String HOLDER_CODE = "91310101123456788N";
    static final String HOLDER_NAME = "上海长三角示例贸易有限公司";
    /** The holder of the licence Zhejiang's vault issues, a Hangzhou business (valid GB 11714 check digit too). */
    static final String ZHEJIANG_HOLDER_CODE = "91330106234567894N";
    static final String ZHEJIANG_HOLDER_NAME = "杭州长三角示例商贸有限公司";

    private DemoTour() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4 || System.getenv("ZK_TOKEN") == null || System.getenv("ZK_TOKEN_ZHEJIANG") == null) {
            System.err.println("usage: ZK_TOKEN=<Shanghai department token> ZK_TOKEN_ZHEJIANG=<Zhejiang department"
                    + " token> DemoTour SHANGHAI_VAULT_URL ZHEJIANG_VERIFIER_URL ZHEJIANG_VAULT_URL SHANGHAI_VERIFIER_URL");
            System.exit(2);
        }
        try {
            int shanghaiToZhejiang = run(new VaultApi(URI.create(args[0]), System.getenv("ZK_TOKEN")),
                    URI.create(args[1]), System.out);
            int zhejiangToShanghai = issueInZhejiang(new VaultApi(URI.create(args[2]), System.getenv("ZK_TOKEN_ZHEJIANG")),
                    URI.create(args[3]), System.out);
            System.exit(Math.max(shanghaiToZhejiang, zhejiangToShanghai));
        } catch (IOException | IllegalStateException e) {
            System.err.println("[demo] error: " + e.getMessage());
            System.exit(3);
        }
    }

    static int run(VaultApi vault, URI verifier, PrintStream out) throws IOException, InterruptedException {
        String id = issue(vault, HOLDER_CODE, HOLDER_NAME, "Huangpu District market supervision bureau, Shanghai");
        out.println("[demo] 1. Shanghai's vault issued licence " + id);
        out.println("[demo] 2. anchored on the channel " + awaitAnchored(vault, id).toMillis() + " ms later");
        out.println("[demo] 3. Zhejiang's verifier, reading Zhejiang's own peer:");
        boolean valid = VerifyCommand.run(verifier, "id", id, Optional.empty(), out) == 0;
        vault.changeStatus(id, CanonicalJson.encodeToString(Map.of("status", "REVOKED", "reasonCode", "ISSUED_IN_ERROR",
                "reasonText", "revoked by the demo tour")));
        out.println("[demo] 4. Shanghai's department revoked it on the channel");
        out.println("[demo] 5. Zhejiang's verifier again:");
        VerifyCommand.run(verifier, "id", id, Optional.empty(), out);
        return valid ? 0 : 1;
    }

    /** The other way round: Zhejiang's own vault issues, Shanghai's verifier reads Shanghai's own peer. */
    static int issueInZhejiang(VaultApi vault, URI verifier, PrintStream out) throws IOException, InterruptedException {
        String id = issue(vault, ZHEJIANG_HOLDER_CODE, ZHEJIANG_HOLDER_NAME,
                "Hangzhou market supervision bureau, Zhejiang");
        out.println("[demo] 6. Zhejiang's vault issued licence " + id + ", anchored "
                + awaitAnchored(vault, id).toMillis() + " ms later");
        out.println("[demo] 7. Shanghai's verifier, reading Shanghai's own peer:");
        return VerifyCommand.run(verifier, "id", id, Optional.empty(), out) == 0 ? 0 : 1;
    }

    private static String issue(VaultApi vault, String holderCode, String holderName, String issuer)
            throws IOException, InterruptedException {
        String number = "DEMO-" + Instant.now().toEpochMilli();
        return vault.issue(CanonicalJson.encodeToString(Map.of("typeCode", SampleLicence.BUSINESS_LICENCE,
                "number", number, "holderName", holderName, "holderCode", holderCode, "holderCodeType", "001",
                "validFrom", "2026-01-01", "validUntil", "2046-12-31")), SamplePdf.make(List.of(
                "Business licence (demo tour)", "Number: " + number, "Issued by " + issuer + " (demo department)")),
                "issue a licence").string("id");
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
                + " s; ./zk status and network/status show what runs, run/logs/vault-<region>.log why");
    }
}
