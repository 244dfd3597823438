package io.zhengku.demo;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample business licence that {@code ./zk up} shows a newcomer: issued once through the running vault by
 * Shanghai's demo department (Huangpu District market supervision bureau), then shown as a fresh 亮证 QR code
 * on every run, disclosing the holder's name and the last day of validity.
 *
 * <pre>ZK_TOKEN=... java -jar zhengku-demo.jar --vault http://127.0.0.1:8080 --out run/demo</pre>
 *
 * Prints the licence, its anchor status and the QR code's path; exits 1 with the vault's words when it refuses.
 */
public final class SampleLicence {

    /** A unified social credit code kept for the sample holder, so that the sample is found again. */
    static final String HOLDER_CODE = "91310101MA1XKDEM20";
    static final String HOLDER_NAME = "上海证库示例科技有限公司";
    static final String BUSINESS_LICENCE = "11100000000013338W011";
    /** Long enough to scan it at leisure after ./zk up; the longest a token may live. */
    static final int TOKEN_SECONDS = 600;

    private SampleLicence() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4 || !args[0].equals("--vault") || !args[2].equals("--out")
                || System.getenv("ZK_TOKEN") == null) {
            System.err.println("usage: ZK_TOKEN=<department token> SampleLicence --vault URL --out DIR");
            System.exit(2);
        }
        try {
            Shown shown = run(URI.create(args[1]), System.getenv("ZK_TOKEN"), Path.of(args[3]));
            System.out.println("[demo] sample licence " + shown.licenceId() + (shown.issuedNow() ? " (issued now)"
                    : " (issued before)") + ": status " + shown.status() + ", anchor " + shown.anchorStatus());
            System.out.println("[demo] 亮证 QR code " + shown.qrPng().toAbsolutePath() + " (its token: "
                    + shown.token().toAbsolutePath() + "; valid until " + shown.expiresAt()
                    + ", shows holderName and validUntil)");
        } catch (IOException | RuntimeException e) {
            // A refusal quotes the vault's problem; anything else is an answer this client did not expect.
            System.err.println("[demo] error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * What was shown: the licence, whether this run issued it, and where its QR code and token were written.
     */
    public record Shown(String licenceId, boolean issuedNow, String status, String anchorStatus, Path qrPng,
                        Path token, String expiresAt) {
    }

    /** Finds or issues the sample licence in the vault at {@code vault} and writes a fresh QR code into {@code out}. */
    public static Shown run(URI vault, String departmentToken, Path out) throws IOException, InterruptedException {
        VaultApi api = new VaultApi(vault, departmentToken);
        Optional<JsonObjectReader> earlier = api.newestActiveFor(HOLDER_CODE);
        JsonObjectReader licence = earlier.isPresent() ? earlier.get() : api.issue(metadata(), SamplePdf.make(
                List.of("Business licence (sample)", "Holder: Shanghai Zhengku Sample Technology Co., Ltd.",
                        "Unified social credit code: " + HOLDER_CODE, "Valid 2026-01-01 to 2046-12-31",
                        "Issued by Huangpu District market supervision bureau, Shanghai (demo department)")));
        String id = licence.string("id");
        QrPresentation shown = QrPresentation.make(api, id, List.of("holderName", "validUntil"), TOKEN_SECONDS,
                Optional.empty(), out, "sample-licence");
        return new Shown(id, earlier.isEmpty(), licence.string("status"), licence.string("anchorStatus"),
                shown.qrPng(), shown.token(), shown.expiresAt());
    }

    private static String metadata() {
        return CanonicalJson.encodeToString(Map.of("typeCode", BUSINESS_LICENCE, "number", "SAMPLE-000001",
                "holderName", HOLDER_NAME, "holderCode", HOLDER_CODE, "holderCodeType", "001",
                "validFrom", "2026-01-01", "validUntil", "2046-12-31"));
    }
}
