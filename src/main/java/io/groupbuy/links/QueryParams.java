package io.groupbuy.links;

import java.nio.charset.StandardCharsets;

/** Reading {@code key=value&…} without building maps: the hot path sees every link of every message. */
final class QueryParams {

    /** Percent-decoding rounds for a wrapped link; agents encode once or twice, anything beyond is noise. */
    static final int MAX_DECODE_ROUNDS = 3;

    /** Called for each pair; a non-null answer stops the walk and is returned. */
    @FunctionalInterface
    interface PairVisitor<T> {
        T visit(String q, int keyStart, int keyEnd, int valueStart, int valueEnd);
    }

    private QueryParams() {}

    static <T> T find(String q, PairVisitor<T> visitor) {
        int n = q.length();
        int i = 0;
        while (i < n) {
            int end = q.indexOf('&', i);
            if (end < 0) {
                end = n;
            }
            int eq = i;
            while (eq < end && q.charAt(eq) != '=') {
                eq++;
            }
            int ks = i;
            // "&amp;id=1" when a link was copied out of HTML.
            if (eq - ks > 4 && q.startsWith("amp;", ks)) {
                ks += 4;
            }
            if (eq < end) {
                T found = visitor.visit(q, ks, eq, eq + 1, end);
                if (found != null) {
                    return found;
                }
            }
            i = end + 1;
        }
        return null;
    }

    /** The first value of one of {@code keys} (compared ignoring case) that is a valid item id. */
    static String itemId(String q, String... keys) {
        return find(q, (s, ks, ke, vs, ve) ->
                keyIs(s, ks, ke, keys) && ItemIds.isValid(s, vs, ve) ? s.substring(vs, ve) : null);
    }

    /** The first value of one of {@code keys}, raw, or null. */
    static String value(String q, String... keys) {
        return find(q, (s, ks, ke, vs, ve) -> keyIs(s, ks, ke, keys) ? s.substring(vs, ve) : null);
    }

    static boolean keyIs(String s, int ks, int ke, String... keys) {
        int len = ke - ks;
        for (String k : keys) {
            if (k.length() == len && s.regionMatches(true, ks, k, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /** Decodes an agent's wrapped link until it reads as a URL, at most {@link #MAX_DECODE_ROUNDS} times. */
    static String decodeNested(String value) {
        String d = value;
        for (int round = 0; round < MAX_DECODE_ROUNDS && d.indexOf('%') >= 0 && !d.contains("://"); round++) {
            String next = decode(d);
            if (next.equals(d)) {
                break;
            }
            d = next;
        }
        return d;
    }

    /** One round of percent-decoding; malformed escapes stay as they are, bytes are read as UTF-8. */
    static String decode(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        byte[] bytes = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < n && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                if (bytes == null) {
                    bytes = new byte[n / 3];
                }
                int count = 0;
                while (i + 2 < n && s.charAt(i) == '%' && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                    bytes[count++] = (byte) (hex(s.charAt(i + 1)) << 4 | hex(s.charAt(i + 2)));
                    i += 3;
                }
                out.append(new String(bytes, 0, count, StandardCharsets.UTF_8));
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
