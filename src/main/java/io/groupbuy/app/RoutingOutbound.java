package io.groupbuy.app;

import io.groupbuy.conversation.Outbound;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sends news through the channel the chat lives on; a chat of a channel that is off cannot be told. */
final class RoutingOutbound implements Outbound {
    private final Map<Channel, Outbound> byChannel = new ConcurrentHashMap<>();
    private final Map<ChatId, Outbound> byChat = new ConcurrentHashMap<>();

    void register(Channel channel, Outbound outbound) {
        byChannel.put(channel, outbound);
    }

    /** One chat served by something else than its channel (the demo's scripted chat). */
    void register(ChatId chat, Outbound outbound) {
        byChat.put(chat, outbound);
    }

    @Override
    public void send(ChatId chat, Reply reply, String key) {
        Outbound outbound = byChat.getOrDefault(chat, byChannel.get(chat.channel()));
        if (outbound == null) {
            throw new IllegalStateException("the " + chat.channel().code() + " channel is not enabled");
        }
        outbound.send(chat, reply, key);
    }
}
