package io.groupbuy.playground;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.RichText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the engine's messages into {@link MessageView}s; a document's bytes go to the file store. */
final class MessageViews {
    private static final Pattern SAFE_MIME = Pattern.compile("[a-z]+/[a-z0-9.+-]+");

    private final PlaygroundFiles files;

    MessageViews(PlaygroundFiles files) {
        this.files = files;
    }

    MessageView view(OutMessage m) {
        if (m instanceof OutMessage.Text t) {
            return new MessageView("text", t.replaceKey(), segments(t.text()), buttons(t.quickReplies()), null, null,
                    null, null, null, null, null, null, null, null, null, rows(t.buttons()), null, null, null, null,
                    null, null);
        }
        if (m instanceof OutMessage.ProductCard c) {
            return card(c);
        }
        if (m instanceof OutMessage.Cards cs) {
            return new MessageView("cards", cs.replaceKey(), null, null, null, null, null, null, null, null, null,
                    cs.altText(), cs.cards().stream().map(MessageViews::card).toList(), null, null, null, null, null,
                    null, null, null, null);
        }
        if (m instanceof OutMessage.Listing l) {
            List<MessageView.Section> sections = l.sections().stream().map(s -> new MessageView.Section(s.heading(),
                    s.items().stream().map(i -> new MessageView.Item(i.text(), i.amount(), i.note())).toList(),
                    s.summary())).toList();
            return new MessageView("listing", l.replaceKey(), null, null, null, null, l.title(), null, null, null,
                    null, null, null, sections, l.footer(), rows(l.buttons()), null, null, null, null, null, null);
        }
        OutMessage.Document d = (OutMessage.Document) m;
        byte[] bytes = d.bytes() == null ? new byte[0] : d.bytes();
        String mime = d.mimeType() == null ? "" : d.mimeType().toLowerCase(Locale.ROOT).strip();
        PlaygroundFiles.StoredFile stored = files.put(bytes,
                SAFE_MIME.matcher(mime).matches() ? mime : "application/octet-stream", d.fileName());
        return new MessageView("document", d.replaceKey(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, d.fileName(), d.mimeType(), bytes.length, d.caption(),
                PlaygroundFiles.url(stored), d.fallback() == null ? null : segments(d.fallback()));
    }

    private static MessageView card(OutMessage.ProductCard c) {
        return new MessageView("card", c.replaceKey(), null, null, c.pictureUrl(), c.badge(), c.title(), c.price(),
                c.listPrice(), c.details(), c.prompt(), null, null, null, null, rows(c.buttons()), null, null, null,
                null, null, null);
    }

    private static List<MessageView.Segment> segments(RichText text) {
        return text.segments().stream().map(s -> new MessageView.Segment(s.text(), s.style().name())).toList();
    }

    private static List<List<MessageView.Button>> rows(List<List<Button>> rows) {
        return rows.stream().map(MessageViews::buttons).toList();
    }

    private static List<MessageView.Button> buttons(List<Button> buttons) {
        return buttons.stream().map(b -> new MessageView.Button(b.label(), b.payload(), b.url())).toList();
    }
}
