package io.groupbuy.conversation.model;

import java.util.List;
import java.util.Objects;

/**
 * One message the bot sends, in channel-neutral form; every string is already in the chat's
 * language. Adapters render each kind natively (Telegram text/photo with inline keyboard, LINE text
 * or Flex with postbacks and quick replies, playground HTML).
 *
 * <p>{@code replaceKey}, when set, names a message the bot may edit in place instead of sending a new
 * one (e.g. "checkout:12"): an adapter that can edit its own earlier message with that key does so.
 */
public sealed interface OutMessage {
    String replaceKey();

    /** Rows of buttons under a message. */
    static List<List<Button>> rows(List<List<Button>> rows) {
        return rows == null ? List.of() : rows.stream().map(List::copyOf).filter(r -> !r.isEmpty()).toList();
    }

    /** Text, optionally with buttons under it and quick replies (LINE's chips; Telegram shows them as buttons). */
    record Text(RichText text, List<List<Button>> buttons, List<Button> quickReplies, String replaceKey)
            implements OutMessage {
        public Text {
            Objects.requireNonNull(text, "text");
            buttons = rows(buttons);
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }

        public static Text of(RichText text) {
            return new Text(text, List.of(), List.of(), null);
        }

        public static Text of(String text) {
            return of(RichText.plain(text));
        }
    }

    /**
     * A product with its picture. {@code price} is the headline price line ("¥39.90 · ฿199.50"),
     * {@code listPrice} the struck-through list price when a promotion is lower (or null), {@code details}
     * short lines (stock, minimum, shop, what has been chosen), {@code prompt} what to do next.
     */
    record ProductCard(String pictureUrl, String badge, String title, String price, String listPrice,
                       List<String> details, String prompt, List<List<Button>> buttons, String replaceKey)
            implements OutMessage {
        public ProductCard {
            Objects.requireNonNull(title, "title");
            details = details == null ? List.of() : List.copyOf(details);
            buttons = rows(buttons);
        }
    }

    /** Several products (search results): a carousel on LINE, a short series of cards elsewhere. */
    record Cards(String altText, List<ProductCard> cards, String replaceKey) implements OutMessage {
        public Cards {
            cards = List.copyOf(cards);
        }
    }

    /**
     * A structured list (the cart by member, a checkout summary, an order): a Flex list on LINE,
     * formatted text elsewhere.
     */
    record Listing(String title, List<Section> sections, List<String> footer, List<List<Button>> buttons,
                   String replaceKey) implements OutMessage {
        public Listing {
            Objects.requireNonNull(title, "title");
            sections = List.copyOf(sections);
            footer = footer == null ? List.of() : List.copyOf(footer);
            buttons = rows(buttons);
        }
    }

    /** A heading (e.g. a member), items with amounts, and a closing line (e.g. a subtotal). */
    record Section(String heading, List<Item> items, String summary) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** One row of a listing: text on the left, an amount on the right, and an optional note under it. */
    record Item(String text, String amount, String note) {
    }

    /** A file (CSV export). Channels that cannot send files show {@code fallback} instead. */
    record Document(String fileName, String mimeType, byte[] bytes, String caption, RichText fallback,
                    String replaceKey) implements OutMessage {
    }
}
