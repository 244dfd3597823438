package io.zhengku.demo;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks a region's verifier about a document, as a relying party would, and prints the answer in lines a person
 * (or {@code grep}) reads: {@code verdict: VALID}, then each check and the ledger's record.
 *
 * <pre>java -cp zhengku-demo.jar io.zhengku.demo.VerifyCommand http://127.0.0.1:8082 file licence.pdf</pre>
 *
 * Exit status: 0 for VALID, 1 for any other verdict, 3 when the verifier refused to answer (a problem, e.g. no
 * peer), 2 for bad usage.
 */
public final class VerifyCommand {

    private static final Set<String> KINDS = Set.of("file", "sha256", "id", "token", "qr");

    private VerifyCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3 || args.length > 4 || !KINDS.contains(args[1])) {
            System.err.println("usage: VerifyCommand VERIFIER_URL (file PATH | sha256 HEX | id IDENTIFIER | "
                    + "token TOKEN|@FILE | qr PICTURE) [RECEIPT_OUT.json]");
            System.exit(2);
        }
        try {
            Optional<Path> receipt = args.length == 4 ? Optional.of(Path.of(args[3])) : Optional.empty();
            System.exit(run(URI.create(args[0]), args[1], args[2], receipt, System.out));
        } catch (IOException e) {
            System.err.println("error: cannot reach the verifier at " + args[0] + ": " + e.getMessage());
            System.exit(3);
        }
    }

    /** Verifies and prints; with {@code receiptOut}, asks for a signed receipt and saves it there. */
    public static int run(URI verifier, String kind, String value, Optional<Path> receiptOut, PrintStream out)
            throws IOException, InterruptedException {
        String path = kind.equals("qr") ? "/api/v1/verify/qr" : "/api/v1/verify";
        URI endpoint = verifier.resolve(receiptOut.isPresent() ? path + "?receipt=true" : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60));
        if (kind.equals("file") || kind.equals("qr")) {
            // A file is sent as it is; a picture of a 亮证 code is read back to its token by the verifier.
            String part = kind.equals("qr") ? "picture" : "file";
            byte[] form = new MultipartForm().part(part, part, "application/octet-stream",
                    Files.readAllBytes(Path.of(value))).build();
            request.header("Content-Type", MultipartForm.CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form));
        } else {
            String text = kind.equals("token") && value.startsWith("@")
                    ? Files.readString(Path.of(value.substring(1))).strip() : value;
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(
                    CanonicalJson.encode(Map.of(kind, text))));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObjectReader answer = JsonObjectReader.parse(response.body(), "verifier answer");
        if (response.statusCode() != 200) {
            out.println("refused: " + response.statusCode() + " " + answer.string("code") + " - "
                    + answer.string("detail"));
            return 3;
        }
        print(answer, out);
        if (receiptOut.isPresent()) {
            Object receipt = ((Map<?, ?>) CanonicalJson.parse(response.body().getBytes(StandardCharsets.UTF_8)))
                    .get("receipt");
            Files.write(receiptOut.get(), CanonicalJson.encode(receipt));
            out.println("receipt: " + receiptOut.get() + " (check it with ./zk verify receipt)");
        }
        return answer.string("verdict").equals("VALID") ? 0 : 1;
    }

    private static void print(JsonObjectReader answer, PrintStream out) {
        out.println("verdict: " + answer.string("verdict") + " (" + answer.string("reason") + ")");
        JsonObjectReader checks = answer.object("checks");
        for (String name : List.of("integrity", "status", "issuer")) {
            JsonObjectReader check = checks.object(name);
            out.println(name + ": " + check.string("result") + " " + check.string("reason") + " - "
                    + check.string("detail"));
        }
        if (!answer.has("record") || answer.isNull("record")) {
            out.println("record: none on the ledger");
        } else {
            JsonObjectReader record = answer.object("record");
            String issuer = record.isNull("issuerName") ? record.string("issuer") : record.string("issuerName");
            out.println("record: " + record.string("id") + ", issued by " + issuer
                    + " (" + record.string("issuerRegion") + "), status " + record.string("status")
                    + ", anchored " + record.string("anchoredAt") + " in transaction " + record.string("transactionId"));
        }
        if (answer.has("disclosed") && !answer.isNull("disclosed")) {
            for (JsonObjectReader field : answer.objects("disclosed", "disclosed field")) {
                out.println("disclosed: " + field.string("name") + " = " + field.string("value"));
            }
        }
        if (answer.has("ledger") && !answer.isNull("ledger")) {
            out.println("ledger: " + freshness(answer.object("ledger")));
        }
        out.println("by " + answer.string("verifier") + " at " + answer.string("verifiedAt"));
    }

    /** E.g. {@code the verifier's index at block 212, 0 blocks and 180 ms behind its peer}. */
    private static String freshness(JsonObjectReader ledger) {
        if ("peer".equals(ledger.string("source"))) {
            return "read from the region's peer just now";
        }
        return "the verifier's index at block " + ledger.integer("block") + ", " + ledger.integer("blocksBehind")
                + " blocks and " + ledger.integer("millisBehind") + " ms behind its peer";
    }
}
