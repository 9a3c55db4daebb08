package io.groupbuy.conversation.button;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.port.StoredButton;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the buttons of one reply: each gets a fresh token whose meaning (action and arguments) is kept
 * in the button store; the payload is only {@code "b:" + token}. The buttons of a reply are saved
 * together in one transaction by {@link #flush} before the reply leaves.
 */
public final class ButtonMaker {
    public static final String PREFIX = "b:";

    private final ChatId chat;
    private final Clock clock;
    private final List<StoredButton> pending = new ArrayList<>();

    public ButtonMaker(ChatId chat, Clock clock) {
        this.chat = chat;
        this.clock = clock;
    }

    public Button action(String label, Act act, Object... args) {
        String token = ButtonTokens.next();
        pending.add(new StoredButton(token, chat.key(), act.code(), ButtonArgs.of(args).encode(), clock.instant()));
        return Button.action(label, PREFIX + token);
    }

    public Button link(String label, String url) {
        return Button.link(label, url);
    }

    /** Saves the buttons made so far; a reply must not leave before its buttons exist. */
    public void flush(Transactions tx) {
        if (pending.isEmpty()) {
            return;
        }
        List<StoredButton> batch = List.copyOf(pending);
        pending.clear();
        tx.write(s -> {
            batch.forEach(s.buttons()::save);
            return null;
        });
    }

    /** The token of a payload when it looks like one of ours, else null. */
    public static String tokenOf(String payload) {
        if (payload == null || !payload.startsWith(PREFIX)) {
            return null;
        }
        String token = payload.substring(PREFIX.length());
        return ButtonTokens.wellFormed(token) ? token : null;
    }
}
