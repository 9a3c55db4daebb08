package io.groupbuy.core;

import java.util.Objects;

/** A chat on one channel: a Telegram chat id ("-100123…"), a LINE group/room/user id ("C…"), a playground room. */
public record ChatId(Channel channel, String id) {
    public ChatId {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException("bad chat id");
        }
    }

    public static ChatId of(Channel channel, String id) {
        return new ChatId(channel, id);
    }

    public static ChatId telegram(long id) {
        return new ChatId(Channel.TELEGRAM, Long.toString(id));
    }

    /** "telegram:-100123", the form used in logs and keys. */
    public String key() {
        return channel.code() + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
