package io.groupbuy.conversation.render;

/** How one cart or order line reads: "2 × T-shirt (Red / M)". */
public final class LineText {
    public static final int MAX_TITLE = 60;

    private LineText() {
    }

    public static String of(int quantity, String title, String options) {
        StringBuilder sb = new StringBuilder().append(quantity).append(" × ").append(shorten(title, MAX_TITLE));
        if (options != null && !options.isBlank()) {
            sb.append(" (").append(options).append(')');
        }
        return sb.toString();
    }

    /** Cuts at {@code max} code points with an ellipsis, never inside a surrogate pair. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
