package io.groupbuy.core.port;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.UserId;
import java.util.Optional;

/**
 * Asks the chat platform whether a member administers a chat (Telegram has chat administrators;
 * LINE has no such notion and answers empty). Implementations cache briefly.
 */
public interface PlatformAdmins {
    Optional<Boolean> isAdmin(ChatId chat, UserId user);

    static PlatformAdmins none() {
        return (chat, user) -> Optional.empty();
    }
}
