package io.groupbuy.line;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexImage;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Product cards as Flex bubbles (picture, title, prices, details, prompt, buttons as postbacks) and
 * search results as carousels, kept within LINE's sizes: a card too big for 30 KB loses its details,
 * then its last button rows; results are spread over several carousels of at most 12 bubbles and 50 KB.
 */
final class FlexCards {
    private static final int TITLE_LINES = 3;
    private static final int DETAIL_LINES = 2;

    private FlexCards() {
    }

    static FlexMessage card(OutMessage.ProductCard card) {
        return new FlexMessage(FlexParts.altText(altText(card)), bubble(card));
    }

    /** One or more carousel messages holding every card, in order. */
    static List<Message> carousels(OutMessage.Cards cards) {
        List<Message> out = new ArrayList<>();
        List<FlexBubble> current = new ArrayList<>();
        int currentBytes = 0;
        String alt = FlexParts.altText(cards.altText() != null && !cards.altText().isBlank() ? cards.altText()
                : cards.cards().stream().map(OutMessage.ProductCard::title).reduce((a, b) -> a + "\n" + b).orElse(""));
        for (OutMessage.ProductCard card : cards.cards()) {
            FlexBubble bubble = bubble(card);
            int bytes = LineJson.sizeOf(bubble) + 1; // plus the comma between bubbles
            if (!current.isEmpty() && (current.size() == FlexParts.MAX_CAROUSEL_BUBBLES
                    || currentBytes + bytes > FlexParts.MAX_CAROUSEL_BYTES)) {
                out.add(new FlexMessage(alt, new FlexCarousel.Builder(current).build()));
                current = new ArrayList<>();
                currentBytes = 0;
            }
            current.add(bubble);
            currentBytes += bytes;
        }
        if (!current.isEmpty()) {
            out.add(new FlexMessage(alt, new FlexCarousel.Builder(current).build()));
        }
        return out;
    }

    static FlexBubble bubble(OutMessage.ProductCard card) {
        List<List<Button>> rows = new ArrayList<>(card.buttons());
        FlexBubble bubble = build(card, card.details(), rows);
        if (!FlexParts.fits(bubble)) {
            bubble = build(card, List.of(), rows);
        }
        while (!FlexParts.fits(bubble) && !rows.isEmpty()) {
            rows.remove(rows.size() - 1);
            bubble = build(card, List.of(), rows);
        }
        return bubble;
    }

    private static FlexBubble build(OutMessage.ProductCard card, List<String> details, List<List<Button>> rows) {
        List<FlexComponent> body = new ArrayList<>();
        FlexParts.text(card.badge(), "xs", true, FlexParts.ACCENT).ifPresent(body::add);
        body.add(new FlexText.Builder().text(LineLengths.units(nonBlank(card.title()), FlexParts.MAX_FLEX_TEXT))
                .weight(FlexText.Weight.BOLD).size("md").wrap(true).maxLines(TITLE_LINES).build());
        FlexParts.text(card.price(), "lg", true, FlexParts.PRICE).ifPresent(body::add);
        if (card.listPrice() != null && !card.listPrice().isBlank()) {
            body.add(new FlexText.Builder().text(LineLengths.units(card.listPrice().strip(), FlexParts.MAX_FLEX_TEXT))
                    .size("sm").color(FlexParts.GREY).decoration(FlexText.Decoration.LINE_THROUGH).wrap(true).build());
        }
        for (String detail : details) {
            if (detail != null && !detail.isBlank()) {
                body.add(new FlexText.Builder().text(LineLengths.units(detail.strip(), FlexParts.MAX_FLEX_TEXT))
                        .size("sm").color(FlexParts.GREY).wrap(true).maxLines(DETAIL_LINES).build());
            }
        }
        FlexParts.text(card.prompt(), "sm", false, null).ifPresent(body::add);
        FlexBubble.Builder b = new FlexBubble.Builder().body(FlexParts.vertical(body, "sm"));
        Optional<FlexBox> footer = FlexParts.buttons(rows);
        footer.ifPresent(b::footer);
        FlexParts.imageUrl(card.pictureUrl()).ifPresent(url -> b.hero(new FlexImage.Builder(url)
                .size("full").aspectRatio("1:1").aspectMode(FlexImage.AspectMode.COVER).build()));
        return b.build();
    }

    /** What notifications and clients without Flex show: title and price. */
    private static String altText(OutMessage.ProductCard card) {
        StringBuilder sb = new StringBuilder(nonBlank(card.title()));
        if (card.price() != null && !card.price().isBlank()) {
            sb.append('\n').append(card.price().strip());
        }
        return sb.toString();
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? "…" : s.strip();
    }
}
