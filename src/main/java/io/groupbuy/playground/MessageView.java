package io.groupbuy.playground;

import java.util.List;

/**
 * A bot message ({@code OutMessage}) as JSON for the page, field for field. {@code type} is
 * {@code text}, {@code card}, {@code cards}, {@code listing} or {@code document}; only the fields of that
 * type are present.
 */
public record MessageView(String type, String replaceKey,
                          // text
                          List<Segment> text, List<Button> quickReplies,
                          // card
                          String pictureUrl, String badge, String title, String price, String listPrice,
                          List<String> details, String prompt,
                          // cards
                          String altText, List<MessageView> cards,
                          // listing (title above)
                          List<Section> sections, List<String> footer,
                          // text, card, listing
                          List<List<Button>> buttons,
                          // document
                          String fileName, String mimeType, Integer size, String caption, String url,
                          List<Segment> fallback) {

    /** A run of text; {@code style} is PLAIN, BOLD, ITALIC or CODE; lines are split by '\n'. */
    public record Segment(String text, String style) {
    }

    /** An action button ({@code payload}) or a link ({@code url}). */
    public record Button(String label, String payload, String url) {
    }

    public record Section(String heading, List<Item> items, String summary) {
    }

    public record Item(String text, String amount, String note) {
    }
}
