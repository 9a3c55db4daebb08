package io.groupbuy.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The URLs a short-link landing page sends the browser to. Those pages (m.tb.cn, qr.1688.com) answer 200
 * with a script ({@code var url = '…'}, {@code location.href = "…"}, {@code location.replace(…)}) or a
 * meta refresh instead of a 3xx. We read quoted absolute URLs only, in one pass, without an HTML parser.
 */
final class HtmlRedirectTargets {

    /** A URL found in the page; {@code redirect} when the page sends the browser there by itself. */
    record Target(String url, boolean redirect) {}

    static final int MAX_TARGETS = 64;
    private static final int CONTEXT = 48;

    private HtmlRedirectTargets() {}

    static List<Target> find(String html) {
        List<Target> targets = new ArrayList<>();
        int n = html.length();
        for (int i = 0; i < n && targets.size() < MAX_TARGETS; i++) {
            char quote = html.charAt(i);
            if (quote != '\'' && quote != '"') {
                continue;
            }
            int from = i + 1;
            boolean refresh = false;
            int afterRefresh = metaRefreshUrl(html, from);
            if (afterRefresh >= 0) {
                from = afterRefresh;
                refresh = true;
            }
            if (!startsLikeUrl(html, from)) {
                continue;
            }
            int close = html.indexOf(quote, from);
            if (close < 0 || close - from > UrlParts.MAX_LENGTH) {
                continue;
            }
            int end = close;
            while (end > from && (html.charAt(end - 1) == '\'' || html.charAt(end - 1) == ' ')) {
                end--; // content="0;url='…'"
            }
            targets.add(new Target(unescape(html, from, end), refresh || isRedirectContext(html, i)));
            i = close;
        }
        return targets;
    }

    /** In {@code content="0; url=…"}, where the URL starts; else -1. */
    private static int metaRefreshUrl(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n && i - from < 8 && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ' ')) {
            i++;
        }
        if (i == from || i >= n || s.charAt(i) != ';') {
            return -1;
        }
        i++;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (!s.regionMatches(true, i, "url=", 0, 4)) {
            return -1;
        }
        i += 4;
        return i < n && s.charAt(i) == '\'' ? i + 1 : i;
    }

    private static boolean startsLikeUrl(String s, int i) {
        return s.regionMatches(true, i, "https:", 0, 6) || s.regionMatches(true, i, "http:", 0, 5)
                || s.startsWith("//", i) || s.startsWith("\\/\\/", i);
    }

    /** {@code url = '…'}, {@code location.href = "…"}, {@code location.replace('…')}; not {@code <a href="…">}. */
    private static boolean isRedirectContext(String s, int quoteAt) {
        int i = quoteAt - 1;
        int stop = Math.max(0, quoteAt - CONTEXT);
        while (i >= stop && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        if (i < stop || (s.charAt(i) != '=' && s.charAt(i) != '(')) {
            return false;
        }
        boolean call = s.charAt(i) == '(';
        i--;
        while (i >= stop && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        int identEnd = i + 1;
        while (i >= stop && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_'
                || s.charAt(i) == '$')) {
            i--;
        }
        String ident = s.substring(i + 1, identEnd).toLowerCase(Locale.ROOT);
        if (call) {
            return ident.endsWith("location.replace") || ident.endsWith("location.assign");
        }
        return ident.endsWith("url") || ident.endsWith("location") || ident.endsWith("location.href");
    }

    /** Undoes what HTML and JS string literals do to a URL: {@code &amp;}, {@code \/}, {@code \x26}, {@code \u0026}. */
    static String unescape(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && s.charAt(i + 1) == '/') {
                out.append('/');
                i += 2;
            } else if (c == '\\' && s.regionMatches(true, i, "\\x26", 0, 4) && i + 4 <= to) {
                out.append('&');
                i += 4;
            } else if (c == '\\' && i + 6 <= to && s.regionMatches(true, i, "\\u00", 0, 4)
                    && hexByte(s, i + 4) >= 0) {
                out.append((char) hexByte(s, i + 4));
                i += 6;
            } else if (c == '&' && s.startsWith("&amp;", i) && i + 5 <= to) {
                out.append('&');
                i += 5;
            } else if (c == '&' && s.startsWith("&#38;", i) && i + 5 <= to) {
                out.append('&');
                i += 5;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int hexByte(String s, int i) {
        int hi = Character.digit(s.charAt(i), 16);
        int lo = Character.digit(s.charAt(i + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    }
}
