package io.groupbuy.line;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;
import io.groupbuy.conversation.model.OutMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A listing (the cart by member, a checkout summary, an order) as a Flex bubble: the title as header,
 * a block per section (heading, item rows with their amounts, a closing line), footer lines and
 * buttons. A listing too long for one 30 KB bubble is continued in further bubbles, numbered, with
 * footer and buttons on the last.
 */
final class FlexListing {
    /** Room for the JSON around the body's rows: the bubble, its boxes, header and page number. */
    private static final int FRAME_BYTES = 600;

    private FlexListing() {
    }

    static List<Message> listing(OutMessage.Listing listing) {
        String alt = FlexParts.altText(plainText(listing));
        List<FlexComponent> rows = rows(listing);
        Optional<FlexBox> footer = footer(listing);
        FlexBubble whole = bubble(listing.title(), rows, footer);
        if (FlexParts.fits(whole)) {
            return List.of(new FlexMessage(alt, whole));
        }
        int footerBytes = footer.map(LineJson::sizeOf).orElse(0);
        int budget = FlexParts.MAX_BUBBLE_BYTES - FRAME_BYTES - LineJson.sizeOf(listing.title()) * 2;
        List<List<FlexComponent>> pages = new ArrayList<>();
        List<FlexComponent> page = new ArrayList<>();
        int used = 0;
        for (FlexComponent row : rows) {
            int bytes = LineJson.sizeOf(row) + 1;
            if (!page.isEmpty() && used + bytes > budget) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(row);
            used += bytes;
        }
        if (used + footerBytes > budget && !page.isEmpty()) {
            pages.add(page);
            page = new ArrayList<>();
        }
        pages.add(page);
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            boolean last = i == pages.size() - 1;
            String title = listing.title() + " (" + (i + 1) + "/" + pages.size() + ")";
            out.add(new FlexMessage(alt, bubble(title, pages.get(i), last ? footer : Optional.empty())));
        }
        return out;
    }

    private static FlexBubble bubble(String title, List<FlexComponent> rows, Optional<FlexBox> footer) {
        List<FlexComponent> header = new ArrayList<>();
        FlexParts.text(title, "lg", true, null).ifPresent(header::add);
        FlexBubble.Builder b = new FlexBubble.Builder();
        if (!header.isEmpty()) {
            b.header(FlexParts.vertical(header, null));
        }
        if (!rows.isEmpty()) {
            b.body(FlexParts.vertical(rows, "sm"));
        }
        footer.ifPresent(b::footer);
        return b.build();
    }

    /** The body as a flat list of rows, so a long listing can be cut between any two. */
    private static List<FlexComponent> rows(OutMessage.Listing listing) {
        List<FlexComponent> rows = new ArrayList<>();
        for (OutMessage.Section section : listing.sections()) {
            if (!rows.isEmpty()) {
                rows.add(FlexParts.separator());
            }
            FlexParts.text(section.heading(), "md", true, null).ifPresent(rows::add);
            for (OutMessage.Item item : section.items()) {
                rows.add(item(item));
                FlexParts.text(item.note(), "xs", false, FlexParts.GREY).ifPresent(rows::add);
            }
            if (section.summary() != null && !section.summary().isBlank()) {
                rows.add(new FlexText.Builder().text(LineLengths.units(section.summary().strip(), FlexParts.MAX_FLEX_TEXT))
                        .size("sm").weight(FlexText.Weight.BOLD).align(FlexText.Align.END).wrap(true).build());
            }
        }
        return rows;
    }

    private static FlexComponent item(OutMessage.Item item) {
        List<FlexComponent> cells = new ArrayList<>();
        cells.add(new FlexText.Builder().text(LineLengths.units(nonBlank(item.text()), FlexParts.MAX_FLEX_TEXT))
                .size("sm").wrap(true).flex(3).build());
        if (item.amount() != null && !item.amount().isBlank()) {
            cells.add(new FlexText.Builder().text(LineLengths.units(item.amount().strip(), FlexParts.MAX_FLEX_TEXT))
                    .size("sm").align(FlexText.Align.END).flex(2).build());
        }
        return new FlexBox.Builder(FlexBox.Layout.BASELINE, cells).spacing("sm").build();
    }

    private static Optional<FlexBox> footer(OutMessage.Listing listing) {
        List<FlexComponent> parts = new ArrayList<>();
        for (String line : listing.footer()) {
            FlexParts.text(line, "xs", false, FlexParts.GREY).ifPresent(parts::add);
        }
        FlexParts.buttons(listing.buttons()).ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(FlexParts.vertical(parts, "sm"));
    }

    /** The listing as plain lines, for altText (notifications, clients without Flex). */
    static String plainText(OutMessage.Listing listing) {
        StringBuilder sb = new StringBuilder(listing.title());
        for (OutMessage.Section s : listing.sections()) {
            if (s.heading() != null && !s.heading().isBlank()) {
                sb.append('\n').append(s.heading());
            }
            for (OutMessage.Item item : s.items()) {
                sb.append("\n• ").append(nonBlank(item.text()));
                if (item.amount() != null && !item.amount().isBlank()) {
                    sb.append("  ").append(item.amount());
                }
            }
            if (s.summary() != null && !s.summary().isBlank()) {
                sb.append('\n').append(s.summary());
            }
        }
        listing.footer().forEach(line -> sb.append('\n').append(line));
        return sb.toString();
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? "-" : s.strip();
    }
}
