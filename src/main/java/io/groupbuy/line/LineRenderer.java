package io.groupbuy.line;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.TextMessage;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.render.TextSplitter;
import io.groupbuy.conversation.render.UnitCounter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link Reply} as LINE message objects: text (split between lines to 5000 UTF-16 units), text with
 * buttons as a Flex bubble, product cards, carousels and listings as Flex (see {@link FlexCards},
 * {@link FlexListing}), documents as their fallback text. Quick replies only show under the last
 * message a member received, so those of every text go on the last message, with the quantity
 * buttons of a product card (tap "2" without scrolling back to the card) and, under an answer to a
 * member, chips for the everyday commands. Those send the command itself as the member's message,
 * so they read the same in every chat language. LINE has no toast: {@link Reply#notice()} is not sent.
 */
final class LineRenderer {
    private static final Pattern QUANTITY = Pattern.compile("\\d{1,3}");
    /** LINE text messages: 5000 UTF-16 code units, split between lines. */
    private static final TextSplitter TEXT = TextSplitter.line();
    private static final TextSplitter BUBBLE_TEXT = new TextSplitter(FlexParts.MAX_FLEX_TEXT, UnitCounter.UTF16);

    private LineRenderer() {
    }

    /** Chips under an answer to a member: label → the command it sends. */
    static final Map<String, String> COMMAND_CHIPS = commandChips();

    private static Map<String, String> commandChips() {
        Map<String, String> chips = new LinkedHashMap<>();
        chips.put("🛒 /cart", "/cart");
        chips.put("🙋 /mine", "/mine");
        chips.put("❓ /help", "/help");
        return Collections.unmodifiableMap(chips);
    }

    /** An answer to a member's event: with the command chips. */
    static List<Message> answer(Reply reply) {
        return render(reply, COMMAND_CHIPS);
    }

    /** News and other messages nobody asked for: only the quick replies the reply itself has. */
    static List<Message> render(Reply reply) {
        return render(reply, Map.of());
    }

    private static List<Message> render(Reply reply, Map<String, String> commands) {
        List<Message> out = new ArrayList<>();
        List<Button> quick = new ArrayList<>();
        for (OutMessage m : reply.messages()) {
            if (m instanceof OutMessage.Text t) {
                out.addAll(text(t.text(), t.buttons()));
                quick.addAll(t.quickReplies());
            } else if (m instanceof OutMessage.ProductCard card) {
                out.add(FlexCards.card(card));
                quick.addAll(quantities(card));
            } else if (m instanceof OutMessage.Cards cards) {
                out.addAll(FlexCards.carousels(cards));
            } else if (m instanceof OutMessage.Listing listing) {
                out.addAll(FlexListing.listing(listing));
            } else if (m instanceof OutMessage.Document doc) {
                RichText fallback = doc.fallback() != null ? doc.fallback()
                        : RichText.plain(doc.caption() == null ? "" : doc.caption());
                out.addAll(text(fallback, List.of()));
            }
        }
        Optional<QuickReply> quickReply = LineActions.quickReply(quick, commands);
        if (quickReply.isPresent() && !out.isEmpty()) {
            out.set(out.size() - 1, withQuickReply(out.get(out.size() - 1), quickReply.get()));
        }
        return out;
    }

    /** The card's quantity picker: a row of buttons labelled with numbers only. */
    private static List<Button> quantities(OutMessage.ProductCard card) {
        for (List<Button> row : card.buttons()) {
            if (row.stream().allMatch(b -> !b.isLink() && QUANTITY.matcher(b.label().strip()).matches())) {
                return row;
            }
        }
        return List.of();
    }

    private static List<Message> text(RichText text, List<List<Button>> buttons) {
        List<Message> out = new ArrayList<>();
        if (buttons.isEmpty()) {
            parts(TEXT, text).forEach(part -> out.add(new TextMessage(part)));
            return out;
        }
        List<String> parts = parts(BUBBLE_TEXT, text);
        for (int i = 0; i < parts.size() - 1; i++) {
            out.add(new TextMessage(parts.get(i)));
        }
        String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        List<List<Button>> rows = new ArrayList<>(buttons);
        FlexBubble bubble = buttonBubble(last, rows);
        while (!FlexParts.fits(bubble) && !rows.isEmpty()) {
            rows.remove(rows.size() - 1);
            bubble = buttonBubble(last, rows);
        }
        String alt = last.isBlank() ? buttons.get(0).get(0).label() : last;
        out.add(new FlexMessage(FlexParts.altText(alt), bubble));
        return out;
    }

    /** LINE refuses empty texts: blank parts are left out, trailing line ends dropped. */
    private static List<String> parts(TextSplitter splitter, RichText text) {
        return splitter.split(text.plainText()).stream().map(String::stripTrailing).filter(p -> !p.isEmpty())
                .toList();
    }

    private static FlexBubble buttonBubble(String text, List<List<Button>> rows) {
        FlexBubble.Builder b = new FlexBubble.Builder();
        List<FlexComponent> body = new ArrayList<>();
        FlexParts.text(text, "md", false, null).ifPresent(body::add);
        if (!body.isEmpty()) {
            b.body(FlexParts.vertical(body, null));
        }
        Optional<FlexBox> footer = FlexParts.buttons(rows);
        footer.ifPresent(b::footer);
        if (body.isEmpty() && footer.isEmpty()) {
            b.body(FlexParts.vertical(List.of(FlexParts.text("…", "md", false, null).orElseThrow()), null));
        }
        return b.build();
    }

    private static Message withQuickReply(Message m, QuickReply quickReply) {
        if (m instanceof TextMessage t) {
            return new TextMessage.Builder(t.text()).quickReply(quickReply).build();
        }
        if (m instanceof FlexMessage f) {
            return new FlexMessage.Builder(f.altText(), f.contents()).quickReply(quickReply).build();
        }
        return m;
    }
}
