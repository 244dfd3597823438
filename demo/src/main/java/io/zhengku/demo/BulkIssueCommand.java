package io.zhengku.demo;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.CanonicalJsonException;
import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./zk issue --bulk DIR}: issues every licence of a folder ({@link LicenceFolder}: {@code X.pdf} beside its
 * metadata {@code X.json}) through the vault's bulk API, in chunks, as the department whose token it holds.
 * Prints a progress line per chunk, each refusal with its file and reason, and a last line
 * {@code issue: <N> issued, <M> refused of <T> in <S> s (<X> docs/s)}.
 *
 * <pre>ZK_TOKEN=... java -cp zhengku-demo.jar io.zhengku.demo.BulkIssueCommand VAULT_URL DIR [--chunk N]</pre>
 *
 * Exit status: 0 when every licence was issued, 1 when any was refused (or a whole chunk was), 2 for bad usage,
 * 3 when the vault could not be reached.
 */
public final class BulkIssueCommand {

    static final String USAGE = """
            usage: ./zk issue --bulk DIR [--region R] [--chunk N]
              issues every licence file of DIR (X.pdf, X.ofd, X.png, X.jpg) with its metadata sidecar X.json (the
              metadata JSON of POST /api/v1/licences), as the region's demo department (default shanghai)
              --chunk  licences per request (default 200, at most the vault's 1000)""";

    static final int DEFAULT_CHUNK = 200;

    private final VaultApi vault;
    private final PrintStream out;
    private int issued;
    private int refused;

    private BulkIssueCommand(VaultApi vault, PrintStream out) {
        this.vault = vault;
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(USAGE);
            System.exit(0);
        }
        int chunk;
        try {
            chunk = arguments.size() == 4 && arguments.get(2).equals("--chunk") ? Integer.parseInt(arguments.get(3))
                    : arguments.size() == 2 ? DEFAULT_CHUNK : -1;
        } catch (NumberFormatException e) {
            chunk = -1;
        }
        if (chunk < 1 || System.getenv("ZK_TOKEN") == null || !Files.isDirectory(Path.of(arguments.get(1)))) {
            System.err.println(args.length >= 2 && !Files.isDirectory(Path.of(args[1]))
                    ? "error: no folder " + args[1] + "\n" + USAGE : USAGE);
            System.exit(2);
        }
        try {
            System.exit(issue(URI.create(arguments.get(0)), System.getenv("ZK_TOKEN"), Path.of(arguments.get(1)),
                    chunk, System.out));
        } catch (IOException e) {
            System.err.println("error: cannot reach the vault at " + arguments.get(0) + " or read the folder: "
                    + e.getMessage());
            System.exit(3);
        }
    }

    /**
     * Issues the licences of {@code dir} through {@code vault} with {@code token}, {@code chunk} per request,
     * printing to {@code out}; answers the exit status (0 all issued, 1 any refused).
     */
    public static int issue(URI vault, String token, Path dir, int chunk, PrintStream out)
            throws IOException, InterruptedException {
        return new BulkIssueCommand(new VaultApi(vault, token), out).run(LicenceFolder.read(dir), chunk);
    }

    private int run(List<LicenceFolder.Licence> licences, int chunkSize) throws IOException, InterruptedException {
        if (licences.isEmpty()) {
            out.println("no licence files (.pdf, .ofd, .png, .jpg) in the folder; nothing to issue");
            return 1;
        }
        long start = System.nanoTime();
        for (int from = 0; from < licences.size(); from += chunkSize) {
            if (!send(licences.subList(from, Math.min(licences.size(), from + chunkSize)))) {
                return 1;
            }
            out.println(progress(licences.size(), start));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "issue: %d issued, %d refused of %d in %.1f s (%.1f docs/s)%n", issued, refused,
                licences.size(), seconds, issued / seconds);
        return refused == 0 ? 0 : 1;
    }

    /** Sends one chunk; answers false when the vault refused the whole request. */
    private boolean send(List<LicenceFolder.Licence> chunk) throws IOException, InterruptedException {
        MultipartForm form = new MultipartForm();
        Map<String, LicenceFolder.Licence> parts = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        for (LicenceFolder.Licence licence : chunk) {
            String metadata = metadataOf(licence);
            if (metadata == null) {
                continue;
            }
            String part = "licence-" + parts.size();
            parts.put(part, licence);
            items.add("{\"part\":\"" + part + "\",\"metadata\":" + metadata + "}");
            form.part(part, licence.name(), licence.mediaType(), Files.readAllBytes(licence.file()));
        }
        if (parts.isEmpty()) {
            return true;
        }
        byte[] manifest = ("{\"items\":[" + String.join(",", items) + "]}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = vault.issueBulk(form.part("manifest", null, "application/json", manifest));
        if (answer.statusCode() != 200) {
            out.println("the vault refused the request of " + parts.size() + " licences (HTTP " + answer.statusCode()
                    + "): " + answer.body());
            refused += parts.size();
            return false;
        }
        for (JsonObjectReader item : JsonObjectReader.parse(answer.body(), "bulk answer").objects("items", "item")) {
            LicenceFolder.Licence licence = parts.get(item.string("part"));
            if (item.integer("status") == 201) {
                issued++;
            } else {
                JsonObjectReader problem = item.object("problem");
                refuse(licence, item.integer("status") + " " + problem.string("code") + ": "
                        + problem.optionalString("detail"));
            }
        }
        return true;
    }

    /** The sidecar's metadata as JSON, or null (and the licence refused here) when there is none to send. */
    private String metadataOf(LicenceFolder.Licence licence) throws IOException {
        if (licence.metadata() == null) {
            refuse(licence, "no metadata: put its metadata JSON beside it as "
                    + licence.name().replaceAll("\\.[^.]*$", "") + ".json");
            return null;
        }
        try {
            return CanonicalJson.encodeToString(CanonicalJson.parse(licence.readMetadata()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (CanonicalJsonException e) {
            refuse(licence, "its metadata " + licence.metadata().getFileName() + " is not JSON: " + e.getMessage());
            return null;
        }
    }

    private void refuse(LicenceFolder.Licence licence, String reason) {
        refused++;
        out.println("refused: " + licence.name() + ": " + reason);
    }

    private String progress(int total, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "progress: %d/%d done, %d refused, %.1f docs/s", issued + refused, total,
                refused, issued / seconds);
    }
}
