package io.groupbuy.telegram;

import io.groupbuy.conversation.model.RichText;

/**
 * RichText as Telegram HTML (parse_mode HTML). Every segment is escaped, whatever it holds: member
 * names, product titles and notes are typed by people and must never become markup.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String html(RichText text) {
        StringBuilder sb = new StringBuilder();
        for (RichText.Segment s : text.segments()) {
            String escaped = escape(s.text());
            switch (s.style()) {
                case PLAIN -> sb.append(escaped);
                case BOLD -> sb.append("<b>").append(escaped).append("</b>");
                case ITALIC -> sb.append("<i>").append(escaped).append("</i>");
                case CODE -> sb.append("<code>").append(escaped).append("</code>");
            }
        }
        return sb.toString();
    }

    /** Length as Telegram counts it after entity parsing (UTF-16 units, a little conservative). */
    static int visibleLength(RichText text) {
        return text.plainText().length();
    }
}
