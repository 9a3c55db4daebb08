package io.groupbuy.telegram;

import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import java.time.Instant;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * An update translated for the engine, before the slow parts: a photo still has to be downloaded
 * ({@code photo} non-empty, {@code content} null), a button press still has to be answered.
 */
record Inbound(String eventId, long chatId, ChatKind kind, String chatTitle, Member member, String language,
               boolean addressed, Instant at, Content content, List<PhotoSize> photo, String caption,
               String callbackQueryId) {
    Inbound {
        photo = photo == null ? List.of() : List.copyOf(photo);
    }

    boolean needsPhoto() {
        return !photo.isEmpty();
    }

    Incoming incoming(Content withContent) {
        return new Incoming(eventId, ChatId.telegram(chatId), kind, chatTitle, member, language, withContent, addressed,
                at);
    }

    Incoming incoming() {
        return incoming(content);
    }
}
