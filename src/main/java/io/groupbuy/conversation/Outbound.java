package io.groupbuy.conversation;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.ChatId;

/**
 * Sends news to a chat when no member event is being answered (order callbacks, reconciliation).
 * Each channel implements it (LINE by push with a retry key derived from {@code key}; Telegram
 * through its rate-limited scheduler). Returns once delivered; throws if it could not be.
 */
public interface Outbound {
    void send(ChatId chat, Reply reply, String key);
}
