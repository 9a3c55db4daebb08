package io.groupbuy.telegram;

import io.groupbuy.conversation.model.OutMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The caption of a product card in Telegram HTML, trimmed to a visible length: the detail lines go
 * first (last one first), then the title, the prompt and the price are shortened with an ellipsis.
 */
final class CardCaption {
    static final int CAPTION_LIMIT = 1024;
    static final int TEXT_LIMIT = 4096;
    private static final String ELLIPSIS = "…";

    private String heading;
    private String title;
    private String price;
    private String listPrice;
    private final List<String> details;
    private String prompt;

    private CardCaption(String heading, OutMessage.ProductCard card) {
        this.heading = blankToNull(heading);
        this.title = (card.badge() == null || card.badge().isBlank() ? "" : card.badge().strip() + " ") + card.title();
        this.price = blankToNull(card.price());
        this.listPrice = blankToNull(card.listPrice());
        this.details = new ArrayList<>(card.details().stream().filter(d -> d != null && !d.isBlank()).toList());
        this.prompt = blankToNull(card.prompt());
    }

    /** The card's text within {@code limit} visible characters; {@code heading} (may be null) goes first. */
    static String html(String heading, OutMessage.ProductCard card, int limit) {
        CardCaption c = new CardCaption(heading, card);
        c.fit(limit);
        return c.render();
    }

    private void fit(int limit) {
        while (visible() > limit && !details.isEmpty()) {
            details.remove(details.size() - 1);
        }
        listPrice = visible() > limit ? null : listPrice;
        heading = visible() > limit ? null : heading;
        title = cut(title, limit);
        prompt = cut(prompt, limit);
        price = cut(price, limit);
    }

    private String cut(String field, int limit) {
        int over = visible() - limit;
        if (field == null || over <= 0) {
            return field;
        }
        int keep = Math.max(1, field.length() - over - ELLIPSIS.length());
        if (Character.isHighSurrogate(field.charAt(keep - 1))) {
            keep--;
        }
        return field.substring(0, keep) + ELLIPSIS;
    }

    private int visible() {
        int n = 0;
        int lines = 0;
        for (String line : plainLines()) {
            n += line.length();
            lines++;
        }
        return n + Math.max(0, lines - 1);
    }

    private List<String> plainLines() {
        List<String> lines = new ArrayList<>();
        if (heading != null) {
            lines.add(heading);
        }
        lines.add(title);
        if (price != null || listPrice != null) {
            lines.add((price == null ? "" : price) + (price != null && listPrice != null ? " " : "")
                    + (listPrice == null ? "" : listPrice));
        }
        lines.addAll(details);
        if (prompt != null) {
            lines.add(prompt);
        }
        return lines;
    }

    private String render() {
        StringBuilder sb = new StringBuilder();
        if (heading != null) {
            sb.append("<i>").append(HtmlText.escape(heading)).append("</i>\n");
        }
        sb.append("<b>").append(HtmlText.escape(title)).append("</b>");
        if (price != null || listPrice != null) {
            sb.append('\n');
            if (price != null) {
                sb.append(HtmlText.escape(price));
            }
            if (listPrice != null) {
                sb.append(price != null ? " " : "").append("<s>").append(HtmlText.escape(listPrice)).append("</s>");
            }
        }
        for (String d : details) {
            sb.append('\n').append(HtmlText.escape(d));
        }
        if (prompt != null) {
            sb.append('\n').append("<i>").append(HtmlText.escape(prompt)).append("</i>");
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
