package io.groupbuy.conversation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot answers to one event: messages in order, and for a button press a short
 * {@code notice} shown as a toast (Telegram answerCallbackQuery; empty just stops the spinner).
 * An empty reply means the bot stays quiet.
 */
public record Reply(List<OutMessage> messages, String notice) {
    public static final Reply NONE = new Reply(List.of(), null);

    public Reply {
        messages = List.copyOf(messages);
    }

    public static Reply of(OutMessage... messages) {
        return new Reply(List.of(messages), null);
    }

    public static Reply text(String text) {
        return of(OutMessage.Text.of(text));
    }

    public boolean isEmpty() {
        return messages.isEmpty() && (notice == null || notice.isEmpty());
    }

    public Reply withNotice(String n) {
        return new Reply(messages, n);
    }

    public Reply plus(Reply other) {
        List<OutMessage> all = new ArrayList<>(messages);
        all.addAll(other.messages());
        return new Reply(all, notice != null ? notice : other.notice());
    }
}
