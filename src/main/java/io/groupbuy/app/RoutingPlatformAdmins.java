package io.groupbuy.app;

import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.PlatformAdmins;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Asks the chat's own platform whether someone administers it (the core is built before the channels). */
final class RoutingPlatformAdmins implements PlatformAdmins {
    private final Map<Channel, PlatformAdmins> byChannel = new ConcurrentHashMap<>();

    void register(Channel channel, PlatformAdmins admins) {
        byChannel.put(channel, admins);
    }

    @Override
    public Optional<Boolean> isAdmin(ChatId chat, UserId user) {
        PlatformAdmins admins = byChannel.get(chat.channel());
        return admins == null ? Optional.empty() : admins.isAdmin(chat, user);
    }
}
