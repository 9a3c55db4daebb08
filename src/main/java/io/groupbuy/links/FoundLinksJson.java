package io.groupbuy.links;

import java.util.List;

/**
 * The {@code parse-link} output of DESIGN.md §3: a compact JSON array of
 * {@code {"platform":…,"itemId":…}} and {@code {"platform":…,"shortUrl":…}}, keys in that order.
 * Unsupported links are not products and are left out. Output is pure ASCII whatever the console encoding.
 */
final class FoundLinksJson {

    private FoundLinksJson() {}

    static String products(List<FoundLink> links) {
        StringBuilder json = new StringBuilder("[");
        for (FoundLink link : links) {
            if (link instanceof ProductLink p) {
                open(json).append("{\"platform\":");
                string(json, p.marketplace().code()).append(",\"itemId\":");
                string(json, p.itemId()).append('}');
            } else if (link instanceof ShortLink s) {
                open(json).append("{\"platform\":");
                string(json, s.marketplace().code()).append(",\"shortUrl\":");
                string(json, s.shortUrl()).append('}');
            }
        }
        return json.append(']').toString();
    }

    private static StringBuilder open(StringBuilder json) {
        return json.length() > 1 ? json.append(',') : json;
    }

    private static StringBuilder string(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
