package io.groupbuy.links;

import java.util.Locale;

/**
 * A candidate URL cut into the parts the recogniser needs. Parsing is strict about the host (the part
 * a look-alike would fake) and lenient about the rest (no scheme, any query). {@link #parse} returns
 * {@code null} for anything that is not a plausible web address; it runs in time linear in its input.
 */
record UrlParts(String scheme, String host, String path, String query, String fragment) {

    static final int MAX_LENGTH = 4096;
    private static final int MAX_SCHEME = 12;

    /** {@code https://host/path?query}: the form we report for short and unsupported links. */
    String display() {
        String s = scheme.equals("http") ? "http" : "https";
        return query.isEmpty() ? s + "://" + host + path : s + "://" + host + path + "?" + query;
    }

    /** Short links are reported and fetched over https whatever the member typed. */
    String httpsForm() {
        return query.isEmpty() ? "https://" + host + path : "https://" + host + path + "?" + query;
    }

    boolean hasPathOrQuery() {
        return path.length() > 1 || !query.isEmpty();
    }

    /** The key=value part of the fragment, for single-page apps that keep their query there ({@code #/detail?id=1}). */
    String fragmentQuery() {
        int q = fragment.indexOf('?');
        return q >= 0 ? fragment.substring(q + 1) : fragment;
    }

    static UrlParts parse(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return null;
        }
        String scheme = "";
        int start = 0;
        int sep = s.indexOf("://");
        if (sep > 0) {
            int b = sep;
            while (b > 0 && sep - b <= MAX_SCHEME && isAsciiLetter(s.charAt(b - 1))) {
                b--;
            }
            // "evil.example/?u=https://item.taobao.com/…" is evil.example, not the link inside it.
            if (sep - b >= 2 && sep - b <= MAX_SCHEME && isPlainPrefix(s, b)) {
                scheme = s.substring(b, sep).toLowerCase(Locale.ROOT);
                start = sep + 3;
            }
        }
        int authEnd = authorityEnd(s, start);
        if (scheme.isEmpty()) {
            start = skipWordPrefix(s, start, authEnd);
        }
        String host = host(s, start, authEnd);
        if (host == null) {
            return null;
        }
        int q = -1;
        int h = -1;
        for (int i = authEnd; i < n && h < 0; i++) {
            char c = s.charAt(i);
            if (c == '?' && q < 0) {
                q = i;
            } else if (c == '#') {
                h = i;
            }
        }
        int pathEnd = q >= 0 ? q : h >= 0 ? h : n;
        String path = s.substring(authEnd, pathEnd);
        String query = q >= 0 ? s.substring(q + 1, h >= 0 ? h : n) : "";
        String fragment = h >= 0 ? s.substring(h + 1) : "";
        return new UrlParts(scheme, host, path, query, fragment);
    }

    private static int authorityEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return s.length();
    }

    /** Text glued before a scheme ("Link:https://…") may be dropped, but not when it is itself part of a URL. */
    private static boolean isPlainPrefix(String s, int end) {
        for (int i = 0; i < end; i++) {
            switch (s.charAt(i)) {
                case '/', '?', '#', '=', '&', '%', '@', '.' -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    /** "Link:item.taobao.com/…" without a scheme: a colon not followed by a port ends a word, not a host. */
    private static int skipWordPrefix(String s, int start, int authEnd) {
        int colon = s.indexOf(':', start);
        if (colon < 0 || colon >= authEnd || isPort(s, colon + 1, authEnd)) {
            return start;
        }
        int i = colon + 1;
        while (i < authEnd && !isAsciiLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String host(String s, int start, int authEnd) {
        int end = authEnd;
        for (int i = start; i < authEnd; i++) {
            char c = s.charAt(i);
            if (c == '@') {
                return null; // user-info: "taobao.com@evil.example" is evil.example, and nobody shares such links
            }
            if (c == ':') {
                if (!isPort(s, i + 1, authEnd)) {
                    return null;
                }
                end = i;
                break;
            }
        }
        if (end > start && s.charAt(end - 1) == '.') {
            end--;
        }
        return isHostName(s, start, end) ? s.substring(start, end).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean isPort(String s, int from, int to) {
        if (to - from < 1 || to - from > 5) {
            return false;
        }
        int port = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            port = port * 10 + (c - '0');
        }
        return port <= 65_535;
    }

    /** DNS name of at least two labels whose last label (TLD) has two characters and a letter: no IPs, no "3.50". */
    private static boolean isHostName(String s, int from, int to) {
        if (to - from < 3 || to - from > 253) {
            return false;
        }
        int labelStart = from;
        int labels = 0;
        boolean letterInLabel = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '.';
            if (c == '.') {
                int len = i - labelStart;
                if (len < 1 || len > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == to && (!letterInLabel || len < 2)) {
                    return false;
                }
                labelStart = i + 1;
                letterInLabel = false;
            } else if (isAsciiLetter(c)) {
                letterInLabel = true;
            } else if (!(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return labels >= 2;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
