package io.zhengku.bench.issuance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Issues a list of uploads from the configured number of clients and prints what came back and what it cost. */
final class Issuer {

    private static final int PROBLEMS_SHOWN = 5;

    private final VaultHttp vault;
    private final int concurrency;
    private final PrintStream out;

    Issuer(VaultHttp vault, int concurrency, PrintStream out) {
        this.vault = vault;
        this.concurrency = concurrency;
        this.out = out;
    }

    /** Sends the uploads, then prints the answers by status, the first few refusals in full, and the CPU used. */
    LoadRun.Outcome issue(String phase, List<Upload> uploads) throws InterruptedException {
        CpuUse.Snapshot before = CpuUse.take();
        LoadRun.Outcome outcome = LoadRun.run(uploads.size(), concurrency, i -> vault.issue(uploads.get(i)));
        String cpu = CpuUse.between(before, CpuUse.take());
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            VaultHttp.Answer answer = outcome.answers().get(i);
            byStatus.merge(answer.status(), 1, Integer::sum);
            if (answer.status() != 201 && problems.size() < PROBLEMS_SHOWN) {
                problems.add(uploads.get(i).number() + " -> " + (answer.status() == 0 ? "no answer" : "HTTP "
                        + answer.status()) + ": " + abbreviate(answer.body()));
            }
        }
        out.printf(Locale.ROOT, "%s: %d requests, %d concurrent, %.1f s, %.0f docs/s; answers by status: %s%s%n",
                phase, uploads.size(), concurrency, outcome.elapsedNanos() / 1e9,
                outcome.answered(201).size() / (outcome.elapsedNanos() / 1e9), byStatus,
                byStatus.containsKey(0) ? " (0: no answer)" : "");
        problems.forEach(problem -> out.println("  refused: " + problem));
        out.println("  cpu: " + cpu);
        return outcome;
    }

    private static String abbreviate(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }
}
