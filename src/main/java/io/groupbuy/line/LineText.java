package io.groupbuy.line;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text measured the way LINE counts it: message texts and altText in UTF-16 code units, action
 * labels in grapheme clusters (a Thai consonant with its vowel and tone marks is one).
 */
final class LineText {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final String ELLIPSIS = "…";

    private LineText() {
    }

    static int countGraphemes(String text) {
        Matcher m = GRAPHEME.matcher(text == null ? "" : text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** At most {@code max} grapheme clusters, ending in "…" when cut. */
    static String graphemes(String text, int max) {
        if (text == null) {
            return "";
        }
        Matcher m = GRAPHEME.matcher(text);
        int count = 0;
        int cutAt = -1;
        while (m.find()) {
            count++;
            if (count == max) {
                cutAt = m.start(); // keep room for the ellipsis
            }
            if (count > max) {
                return text.substring(0, cutAt) + ELLIPSIS;
            }
        }
        return text;
    }

    /** At most {@code max} UTF-16 code units, never splitting a surrogate pair, ending in "…" when cut. */
    static String units(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(0, end)) + ELLIPSIS;
    }

    /**
     * Splits text into parts of at most {@code max} UTF-16 code units, at line ends where possible
     * (a single over-long line is cut, never inside a surrogate pair). Empty parts are dropped.
     */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int extra = current.length() == 0 ? line.length() : line.length() + 1;
            if (current.length() + extra <= max) {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
                continue;
            }
            flush(current, parts);
            String rest = line;
            while (rest.length() > max) {
                int cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
                parts.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        flush(current, parts);
        return parts;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        String part = current.toString().strip();
        if (!part.isEmpty()) {
            parts.add(part);
        }
        current.setLength(0);
    }
}
