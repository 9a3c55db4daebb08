package io.groupbuy.conversation.button;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The arguments stored with a button: a short list of strings (ids, keys, chosen SKU values), each
 * percent-encoded and joined by commas so any value survives the round trip. Read back with
 * bounds-checked accessors: stored rows from an older version must never throw.
 */
public record ButtonArgs(List<String> values) {
    public static final ButtonArgs NONE = new ButtonArgs(List.of());

    public ButtonArgs {
        values = List.copyOf(values);
    }

    public static ButtonArgs of(Object... values) {
        return new ButtonArgs(Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList());
    }

    public String encode() {
        List<String> parts = new ArrayList<>(values.size());
        for (String v : values) {
            parts.add(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        return String.join(",", parts);
    }

    public static ButtonArgs decode(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        List<String> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                values.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                values.add("");
            }
        }
        return new ButtonArgs(values);
    }

    public int size() {
        return values.size();
    }

    public String get(int i) {
        return i >= 0 && i < values.size() ? values.get(i) : "";
    }

    public OptionalLong number(int i) {
        try {
            return OptionalLong.of(Long.parseLong(get(i)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The values from {@code from} on. */
    public List<String> rest(int from) {
        return from >= values.size() ? List.of() : values.subList(from, values.size());
    }
}
