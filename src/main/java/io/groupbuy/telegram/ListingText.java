package io.groupbuy.telegram;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.RichText;

/**
 * A listing (cart by member, checkout summary, order) as text: bold title and headings, each item
 * with its amount first in a monospaced column padded to the widest amount, so that amounts line up
 * whatever script the item names are written in.
 */
final class ListingText {
    private ListingText() {
    }

    static RichText of(OutMessage.Listing listing) {
        int width = 0;
        for (OutMessage.Section s : listing.sections()) {
            for (OutMessage.Item item : s.items()) {
                width = Math.max(width, item.amount() == null ? 0 : item.amount().length());
            }
        }
        RichText.Builder b = RichText.builder().bold(listing.title());
        for (OutMessage.Section s : listing.sections()) {
            b.newline();
            if (s.heading() != null && !s.heading().isBlank()) {
                b.newline().bold(s.heading());
            }
            for (OutMessage.Item item : s.items()) {
                b.newline();
                if (width > 0) {
                    b.code(pad(item.amount() == null ? "" : item.amount(), width)).plain("  ");
                }
                b.plain(item.text());
                if (item.note() != null && !item.note().isBlank()) {
                    b.newline().plain(" ".repeat(width > 0 ? 2 : 0)).italic(item.note());
                }
            }
            if (s.summary() != null && !s.summary().isBlank()) {
                b.newline().bold(s.summary());
            }
        }
        if (!listing.footer().isEmpty()) {
            b.newline();
            for (String line : listing.footer()) {
                b.newline().plain(line);
            }
        }
        return b.build();
    }

    private static String pad(String amount, int width) {
        return " ".repeat(width - amount.length()) + amount;
    }
}
