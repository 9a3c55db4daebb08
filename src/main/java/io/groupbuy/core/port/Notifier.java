package io.groupbuy.core.port;

import io.groupbuy.core.ChatId;

/**
 * News the core has for a chat without a member asking (order status, price changes, refunds,
 * reconciliation results). The conversation layer renders it in the chat's language and delivers
 * it; {@code newsKey} is unique per piece of news, so a delivery retried after a crash can be
 * recognised (LINE's retry key) and never shows twice. Returns when delivered; throws when not.
 */
public interface Notifier {
    void notify(ChatId chat, String newsKey, OrderNews news);
}
