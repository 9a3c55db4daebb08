package io.groupbuy.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} arguments, with defaults; unknown names are refused. */
final class BenchOptions {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> defaults;

    BenchOptions(String[] args, Map<String, String> defaults, Set<String> flags) {
        this.defaults = defaults;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("expected --name, got " + a);
            }
            String name = a.substring(2);
            if (!defaults.containsKey(name) && !flags.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + defaults.keySet()
                        + " " + flags);
            }
            if (flags.contains(name)) {
                values.put(name, "true");
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
    }

    /** Splits a single exec.args string ("--chats 100 --seconds 60") when Maven passed it as one. */
    static String[] split(String[] args) {
        if (args.length == 1 && args[0].contains(" ")) {
            return args[0].trim().split("\\s+");
        }
        return args;
    }

    String text(String name) {
        return values.getOrDefault(name, defaults.get(name));
    }

    int integer(String name) {
        return Integer.parseInt(text(name));
    }

    double number(String name) {
        return Double.parseDouble(text(name));
    }

    long longValue(String name) {
        return Long.parseLong(text(name));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** All options with their effective values, for the report. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        defaults.keySet().forEach(k -> sb.append("--").append(k).append(' ').append(text(k)).append(' '));
        values.keySet().stream().filter(k -> !defaults.containsKey(k))
                .forEach(k -> sb.append("--").append(k).append(' '));
        return sb.toString().trim();
    }
}
