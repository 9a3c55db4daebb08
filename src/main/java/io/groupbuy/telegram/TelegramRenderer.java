package io.groupbuy.telegram;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns the engine's Reply into Bot API messages: HTML with everything escaped, texts split at line
 * boundaries to 4096 characters, product cards as photos with captions of at most 1024 characters (a
 * text when there is no picture), several cards as up to five photo messages, listings as formatted
 * text, files as documents, buttons as inline keyboards with quick replies as extra rows.
 */
final class TelegramRenderer {
    static final int MAX_CARDS = 5;
    private static final int QUICK_REPLIES_PER_ROW = 3;

    private final Function<RichText, List<RichText>> splitter;

    TelegramRenderer(Function<RichText, List<RichText>> splitter) {
        this.splitter = splitter;
    }

    List<Rendered> render(Reply reply) {
        List<Rendered> out = new ArrayList<>();
        for (OutMessage m : reply.messages()) {
            out.addAll(render(m));
        }
        return out;
    }

    List<Rendered> render(OutMessage message) {
        if (message instanceof OutMessage.Text t) {
            return text(t.text(), keyboard(t.buttons(), t.quickReplies()), t.replaceKey());
        }
        if (message instanceof OutMessage.ProductCard card) {
            return List.of(card(null, card, card.replaceKey()));
        }
        if (message instanceof OutMessage.Cards cards) {
            return cards(cards);
        }
        if (message instanceof OutMessage.Listing listing) {
            return text(ListingText.of(listing), keyboard(listing.buttons(), List.of()), listing.replaceKey());
        }
        OutMessage.Document d = (OutMessage.Document) message;
        String caption = d.caption() == null || d.caption().isBlank() ? null
                : HtmlText.escape(truncate(d.caption(), CardCaption.CAPTION_LIMIT));
        return List.of(new Rendered.Document(d.fileName(), d.bytes(), caption, null, d.replaceKey()));
    }

    private List<Rendered> text(RichText text, InlineKeyboardMarkup keyboard, String replaceKey) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<RichText> chunks = splitter.apply(text);
        List<Rendered> out = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            out.add(new Rendered.Text(HtmlText.html(chunks.get(i)), last ? keyboard : null,
                    chunks.size() == 1 ? replaceKey : null));
        }
        return out;
    }

    private Rendered card(String heading, OutMessage.ProductCard card, String replaceKey) {
        InlineKeyboardMarkup keyboard = keyboard(card.buttons(), List.of());
        Rendered.Text asText = new Rendered.Text(CardCaption.html(heading, card, CardCaption.TEXT_LIMIT), keyboard,
                replaceKey);
        String url = card.pictureUrl();
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return asText;
        }
        return new Rendered.Photo(url, CardCaption.html(heading, card, CardCaption.CAPTION_LIMIT), keyboard,
                replaceKey, asText);
    }

    private List<Rendered> cards(OutMessage.Cards cards) {
        List<Rendered> out = new ArrayList<>();
        List<OutMessage.ProductCard> shown = cards.cards().subList(0, Math.min(MAX_CARDS, cards.cards().size()));
        for (int i = 0; i < shown.size(); i++) {
            String heading = i == 0 ? cards.altText() : null;
            String key = cards.replaceKey() == null ? null : cards.replaceKey() + "#" + i;
            out.add(card(heading, shown.get(i), key));
        }
        return out;
    }

    static InlineKeyboardMarkup keyboard(List<List<Button>> rows, List<Button> quickReplies) {
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Button> row : rows) {
            keyboard.add(row(row));
        }
        for (int i = 0; i < quickReplies.size(); i += QUICK_REPLIES_PER_ROW) {
            keyboard.add(row(quickReplies.subList(i, Math.min(quickReplies.size(), i + QUICK_REPLIES_PER_ROW))));
        }
        return keyboard.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    private static InlineKeyboardRow row(List<Button> buttons) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Button b : buttons) {
            String label = b.label().isBlank() ? "·" : b.label();
            row.add(b.isLink()
                    ? InlineKeyboardButton.builder().text(label).url(b.url()).build()
                    : InlineKeyboardButton.builder().text(label).callbackData(b.payload()).build());
        }
        return row;
    }

    private static String truncate(String s, int limit) {
        return s.length() <= limit ? s : s.substring(0, limit - 1) + "…";
    }
}
