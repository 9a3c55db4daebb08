package io.groupbuy.line;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text measured the way LINE counts it: message texts and altText in UTF-16 code units, action
 * labels in grapheme clusters (a Thai consonant with its vowel and tone marks is one).
 */
final class LineLengths {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final String ELLIPSIS = "…";

    private LineLengths() {
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
}
