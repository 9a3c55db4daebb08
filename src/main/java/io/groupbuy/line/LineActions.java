package io.groupbuy.line;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.URIAction;
import io.groupbuy.conversation.model.Button;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Buttons as LINE actions: a payload becomes a postback, a link a URI action, labels cut to LINE's limits. */
final class LineActions {
    /** Labels of buttons inside Flex messages. */
    static final int FLEX_LABEL = 40;
    /** Labels of quick reply buttons. */
    static final int QUICK_REPLY_LABEL = 20;
    static final int MAX_QUICK_REPLY_ITEMS = 13;
    private static final int MAX_URI = 1000;
    private static final int MAX_DISPLAY_TEXT = 300;

    private LineActions() {
    }

    /** The action of a button, or empty when LINE would refuse it (a link that is not http(s), line or tel). */
    static Optional<Action> of(Button button, int labelMax) {
        String label = LineLengths.graphemes(button.label().strip(), labelMax);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        if (button.isLink()) {
            return link(button.url()).map(uri -> new URIAction.Builder().label(label).uri(uri).build());
        }
        // displayText: the tap shows in the chat as the member's own message, so the group sees who chose what.
        return Optional.of(new PostbackAction.Builder()
                .label(label)
                .data(button.payload())
                .displayText(LineLengths.graphemes(button.label().strip(), MAX_DISPLAY_TEXT))
                .build());
    }

    /**
     * Quick reply chips: the buttons (one per payload or link, in order), then chips that send a
     * command as the member's own message ({@code label → text}); at most 13 in all.
     */
    static Optional<QuickReply> quickReply(List<Button> buttons, Map<String, String> commands) {
        Map<String, QuickReplyItem> items = new LinkedHashMap<>();
        for (Button b : buttons) {
            String key = b.isLink() ? "url:" + b.url() : "data:" + b.payload();
            if (items.size() < MAX_QUICK_REPLY_ITEMS && !items.containsKey(key)) {
                // The constructor, not the builder: only it sets "type":"action", without which LINE says 400.
                of(b, QUICK_REPLY_LABEL).ifPresent(a -> items.put(key, new QuickReplyItem(a)));
            }
        }
        commands.forEach((label, text) -> {
            if (items.size() < MAX_QUICK_REPLY_ITEMS) {
                items.putIfAbsent("text:" + text, new QuickReplyItem(
                        new MessageAction(LineLengths.graphemes(label, QUICK_REPLY_LABEL), text)));
            }
        });
        return items.isEmpty() ? Optional.empty()
                : Optional.of(new QuickReply.Builder().items(new ArrayList<>(items.values())).build());
    }

    private static Optional<URI> link(String url) {
        if (url == null || url.length() > MAX_URI) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https", "line", "tel" -> Optional.of(uri);
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
