package io.groupbuy.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Which message the bot last sent under a replace key in a chat, so that a newer version edits it in
 * place. In memory and bounded: after a restart, or once Telegram no longer lets the bot edit it
 * (48 h), a new message is sent instead, which is what a member would expect anyway.
 */
final class SentMessages {
    enum Kind {
        TEXT,
        PHOTO
    }

    record Sent(int messageId, Kind kind, String pictureUrl) {
    }

    private record Key(long chatId, String replaceKey) {
    }

    private final Cache<Key, Sent> byKey = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofHours(47))
            .build();

    Optional<Sent> find(long chatId, String replaceKey) {
        return replaceKey == null ? Optional.empty()
                : Optional.ofNullable(byKey.getIfPresent(new Key(chatId, replaceKey)));
    }

    void remember(long chatId, String replaceKey, Sent sent) {
        if (replaceKey != null) {
            byKey.put(new Key(chatId, replaceKey), sent);
        }
    }

    void forget(long chatId, String replaceKey) {
        if (replaceKey != null) {
            byKey.invalidate(new Key(chatId, replaceKey));
        }
    }
}
