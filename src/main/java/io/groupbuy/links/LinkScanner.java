package io.groupbuy.links;

/**
 * Finds URL-shaped tokens in free text in one pass. A token is a run of ASCII URL characters: Thai, Chinese,
 * full-width punctuation ({@code ，：）「」【】}), spaces, quotes and brackets all end it, which is what makes
 * share texts and Markdown links fall apart into clean candidates. Each token is looked at once, so the
 * whole scan is linear in the text.
 */
final class LinkScanner {

    /** Receives each link found; returns false to stop the scan. */
    @FunctionalInterface
    interface Sink {
        boolean accept(FoundLink link);
    }

    private LinkScanner() {}

    static void scan(String text, int depth, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isUrlChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean dot = false;
            boolean query = false;
            while (i < n) {
                char c = text.charAt(i);
                if (isUrlChar(c)) {
                    dot |= c == '.';
                    query |= c == '?';
                    i++;
                } else if (query && text.charAt(i - 1) == '=' && isWordCharBeyondAscii(c)) {
                    // A query value in Chinese or Thai ("?title=连衣裙&id=1"): the link goes on after it.
                    while (i < n && isWordCharBeyondAscii(text.charAt(i))) {
                        i++;
                    }
                } else {
                    break;
                }
            }
            if (dot && i - start <= UrlParts.MAX_LENGTH) {
                FoundLink link = recognizeToken(text, start, i, depth);
                if (link != null && !sink.accept(link)) {
                    return;
                }
            }
        }
    }

    /** The first link in {@code text}, or null. */
    static FoundLink first(String text, int depth) {
        FoundLink[] found = new FoundLink[1];
        scan(text, depth, link -> {
            found[0] = link;
            return false;
        });
        return found[0];
    }

    private static FoundLink recognizeToken(String text, int start, int end, int depth) {
        while (start < end && !UrlParts.isAsciiLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrailingPunctuation(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 4) {
            return null;
        }
        UrlParts url = UrlParts.parse(text.substring(start, end));
        return url == null ? null : LinkRecognizer.recognize(url, depth);
    }

    /** ASCII characters that may appear in a pasted URL. Brackets, quotes and commas end one. */
    static boolean isUrlChar(char c) {
        if (c <= ' ' || c >= 0x7f) {
            return false;
        }
        return switch (c) {
            case '"', '\'', '<', '>', '\\', '^', '`', '{', '|', '}', '(', ')', '[', ']', ',' -> false;
            default -> true;
        };
    }

    private static boolean isTrailingPunctuation(char c) {
        return switch (c) {
            case '.', ';', ':', '!', '?', '*', '~' -> true;
            default -> false;
        };
    }

    private static boolean isWordCharBeyondAscii(char c) {
        return c > 0x7f && Character.isLetterOrDigit(c);
    }
}
