package io.groupbuy.core.port;

import io.groupbuy.core.ChatId;

/**
 * News the core has for a chat without a member asking (order status, price changes, refunds,
 * reconciliation results). The conversation layer renders it in the chat's language and sends it.
 */
public interface Notifier {
    void notify(ChatId chat, OrderNews news);
}
