package io.zhengku.demo;

import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
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
    static final String HOLDER_CODE = "91310101MA1XKDEM0R";
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
            run(new VaultApi(URI.create(args[1]), System.getenv("ZK_TOKEN")), Path.of(args[3]));
        } catch (IOException | RuntimeException e) {
            // A refusal quotes the vault's problem; anything else is an answer this client did not expect.
            System.err.println("[demo] error: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(VaultApi vault, Path out) throws IOException, InterruptedException {
        Optional<JsonObjectReader> earlier = vault.newestFor(HOLDER_CODE);
        JsonObjectReader licence = earlier.isPresent() ? earlier.get() : vault.issue(metadata(), SamplePdf.make(
                List.of("Business licence (sample)", "Holder: Shanghai Zhengku Sample Technology Co., Ltd.",
                        "Unified social credit code: " + HOLDER_CODE, "Valid 2026-01-01 to 2046-12-31",
                        "Issued by Huangpu District market supervision bureau, Shanghai (demo department)")));
        String id = licence.string("id");
        JsonObjectReader shown = vault.present(id, "{\"disclose\":[\"holderName\",\"validUntil\"],\"ttlSeconds\":"
                + TOKEN_SECONDS + "}");
        Files.createDirectories(out);
        Path png = Files.write(out.resolve("sample-licence-qr.png"),
                Base64.getDecoder().decode(shown.string("qrPng")));
        Path token = Files.writeString(out.resolve("sample-licence-token.txt"), shown.string("token"));
        System.out.println("[demo] sample licence " + id + (earlier.isPresent() ? " (issued before)" : " (issued now)")
                + ": status " + licence.string("status") + ", anchor " + licence.string("anchorStatus"));
        System.out.println("[demo] 亮证 QR code " + png.toAbsolutePath() + " (its token: " + token.toAbsolutePath()
                + "; valid until " + shown.string("expiresAt") + ", shows holderName and validUntil)");
    }

    private static String metadata() {
        return "{\"typeCode\":\"" + BUSINESS_LICENCE + "\",\"number\":\"SAMPLE-000001\",\"holderName\":\""
                + HOLDER_NAME + "\",\"holderCode\":\"" + HOLDER_CODE + "\",\"holderCodeType\":\"001\","
                + "\"validFrom\":\"2026-01-01\",\"validUntil\":\"2046-12-31\"}";
    }
}
