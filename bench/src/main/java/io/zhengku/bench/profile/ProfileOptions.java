package io.zhengku.bench.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The profile reader's settings: the JFR recording, the service it was taken of, and how many lines per table. */
public record ProfileOptions(Path file, String service, int top) {

    public static final String USAGE = "profile --file RECORDING.jfr --service NAME [--top N (15)]";

    public ProfileOptions {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be 1 or more; " + USAGE);
        }
    }

    static ProfileOptions parse(List<String> args) {
        Path file = null;
        String service = null;
        int top = 15;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(args.get(i) + " needs a value; " + USAGE);
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--file" -> file = Path.of(value);
                case "--service" -> service = value;
                case "--top" -> top = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "; " + USAGE);
            }
        }
        if (file == null || service == null) {
            throw new IllegalArgumentException("--file and --service are needed; " + USAGE);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no recording at " + file + "; " + USAGE);
        }
        return new ProfileOptions(file, service, top);
    }
}
