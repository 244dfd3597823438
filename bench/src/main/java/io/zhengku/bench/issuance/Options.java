package io.zhengku.bench.issuance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options that each take a value: {@code --name value ...}. */
public final class Options {

    private Options() {
    }

    /** The options by name; refuses a name not in {@code known} and a name without a value. */
    public static Map<String, String> pairs(List<String> args, List<String> known) {
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value: " + String.join(" ", args));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!known.contains(args.get(i))) {
                throw new IllegalArgumentException("unknown option " + args.get(i));
            }
            options.put(args.get(i), args.get(i + 1));
        }
        return options;
    }
}
