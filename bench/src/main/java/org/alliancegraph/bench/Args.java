package org.alliancegraph.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of a benchmark main; unknown names are an error, so typos show. */
final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> unused = new HashMap<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length)
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            values.put(args[i], args[i + 1]);
            i++;
        }
        unused.putAll(values);
    }

    String string(String name, String fallback) {
        unused.remove(name);
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) { return Integer.parseInt(string(name, String.valueOf(fallback))); }

    long longValue(String name, long fallback) { return Long.parseLong(string(name, String.valueOf(fallback))); }

    /** Call after reading every option: fails on names nobody asked for. */
    void done() {
        if (!unused.isEmpty())
            throw new IllegalArgumentException("unknown options: " + unused.keySet());
    }
}
