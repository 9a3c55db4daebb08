package io.groupbuy.core;

import java.util.Objects;

/** A member's platform user id: a Telegram user id, a LINE user id ("U…"), a playground member. */
public record UserId(Channel channel, String id) {
    public UserId {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException("bad user id");
        }
    }

    public static UserId of(Channel channel, String id) {
        return new UserId(channel, id);
    }

    /** Parses "telegram:123" or "line:Uabc" (the form of {@code BOT_ADMINS}). */
    public static UserId parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected channel:id, got '" + text + "'");
        }
        return new UserId(Channel.fromCode(text.substring(0, colon).trim()), text.substring(colon + 1).trim());
    }

    public String key() {
        return channel.code() + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
