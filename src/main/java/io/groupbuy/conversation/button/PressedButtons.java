package io.groupbuy.conversation.button;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.port.StoredButton;
import io.groupbuy.core.port.Transactions;
import java.util.Optional;

/**
 * Looks a pressed payload up: it must be one of our tokens, stored, and made for this very chat.
 * Anything else (garbage, forged, expired, from another chat) is simply not a button.
 */
public final class PressedButtons {
    private final Transactions tx;

    public PressedButtons(Transactions tx) {
        this.tx = tx;
    }

    public Optional<Press> resolve(String payload, ChatId chat) {
        String token = ButtonMaker.tokenOf(payload);
        if (token == null) {
            return Optional.empty();
        }
        Optional<StoredButton> stored = tx.read(s -> s.buttons().find(token));
        if (stored.isEmpty() || !chat.key().equals(stored.get().chatKey())) {
            return Optional.empty();
        }
        return Act.fromCode(stored.get().action())
                .map(act -> new Press(token, act, ButtonArgs.decode(stored.get().args())));
    }
}
