package io.groupbuy.conversation.action;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.UserId;
import java.time.Duration;

/**
 * In a busy group the bot ignores photos unless they are meant for it, and some platforms (LINE)
 * cannot caption or mention a photo. So a member sends "/search" alone first; their next photo in
 * that chat, within a few minutes, is searched.
 */
public final class PhotoRequests {
    private final Cache<String, Boolean> waiting;

    public PhotoRequests(Duration window) {
        this.waiting = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(10_000).build();
    }

    public void expect(ChatId chat, UserId member) {
        waiting.put(key(chat, member), Boolean.TRUE);
    }

    /** True (once) when this member asked to search by their next photo. */
    public boolean take(ChatId chat, UserId member) {
        return waiting.asMap().remove(key(chat, member)) != null;
    }

    private static String key(ChatId chat, UserId member) {
        return chat.key() + "|" + member.key();
    }
}
