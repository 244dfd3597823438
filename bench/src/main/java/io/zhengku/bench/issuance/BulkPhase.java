package io.zhengku.bench.issuance;

import io.zhengku.core.json.JsonObjectReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Sends bulk issuance requests from the configured number of clients and prints what came back. */
final class BulkPhase {

    private static final int PROBLEMS_SHOWN = 5;

    private final VaultHttp vault;
    private final int concurrency;
    private final PrintStream out;

    BulkPhase(VaultHttp vault, int concurrency, PrintStream out) {
        this.vault = vault;
        this.concurrency = concurrency;
        this.out = out;
    }

    /** Sends the requests; answers each issued licence with the moment its request was sent. */
    List<ToValid.Sent> send(String phase, List<BulkUpload> uploads) throws InterruptedException {
        LoadRun.Outcome outcome = LoadRun.run(uploads.size(), concurrency, i -> vault.issueBulk(uploads.get(i)));
        List<ToValid.Sent> sent = new ArrayList<>();
        Map<String, Integer> refused = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int licences = 0;
        for (int r = 0; r < uploads.size(); r++) {
            VaultHttp.Answer answer = outcome.answers().get(r);
            licences += uploads.get(r).numbers().size();
            if (answer.status() != 200) {
                refused.merge("request HTTP " + answer.status(), uploads.get(r).numbers().size(), Integer::sum);
                note(problems, "request " + r + " -> HTTP " + answer.status() + ": " + answer.body());
                continue;
            }
            for (JsonObjectReader item : JsonObjectReader.parse(answer.body(), "bulk answer")
                    .objects("items", "item")) {
                if (item.integer("status") == 201) {
                    sent.add(new ToValid.Sent(item.object("licence").string("id"), answer.sentAt()));
                } else {
                    String code = item.object("problem").string("code");
                    refused.merge(code, 1, Integer::sum);
                    note(problems, item.string("part") + " of request " + r + " -> " + code);
                }
            }
        }
        out.printf(Locale.ROOT, "%s: %d requests of up to %d licences, %d concurrent, %.1f s, %d acknowledged (201),"
                        + " %.0f docs/s to acknowledgment; refused: %s%n", phase, uploads.size(),
                uploads.get(0).numbers().size(), Math.min(concurrency, uploads.size()), outcome.elapsedNanos() / 1e9,
                sent.size(), sent.size() / (outcome.elapsedNanos() / 1e9), refused.isEmpty() ? "none" : refused);
        problems.forEach(problem -> out.println("  refused: " + problem));
        return sent;
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < PROBLEMS_SHOWN) {
            String line = problem.replaceAll("\\s+", " ");
            problems.add(line.length() <= 300 ? line : line.substring(0, 300) + "...");
        }
    }
}
