package io.groupbuy.conversation.model;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import java.time.Instant;
import java.util.Objects;

/**
 * One event from a chat, as every channel adapter hands it to the conversation engine.
 *
 * @param eventId        the inbox key of the event (e.g. "telegram:812345"); makes the changes it causes
 *                       apply once even when it is handled again after a crash
 * @param memberLanguage the member's own platform language tag (Telegram language_code), or null
 * @param addressed      true when the message was explicitly meant for the bot (a reply to it, a mention);
 *                       commands and button presses are always addressed
 */
public record Incoming(String eventId, ChatId chat, ChatKind kind, String chatTitle, Member member,
                       String memberLanguage, Content content, boolean addressed, Instant at) {
    public Incoming {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(at, "at");
    }
}
