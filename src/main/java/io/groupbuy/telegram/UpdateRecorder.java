package io.groupbuy.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records updates in the inbox (source "telegram", event id = update_id, ordering key = the chat),
 * a whole batch in one write transaction. A repeated update_id is dropped there.
 */
final class UpdateRecorder {
    static final String SOURCE = "telegram";
    private static final String CHANNEL = "telegram";
    private static final String[] CHAT_CARRIERS = {"message", "edited_message", "channel_post", "edited_channel_post",
        "my_chat_member", "chat_member", "chat_join_request", "message_reaction", "chat_boost"};

    /** What a recording did: new and repeated updates, and the highest update_id seen (or -1). */
    record Recorded(int fresh, int repeats, long maxUpdateId) {
    }

    private final Transactions tx;
    private final BotMetrics metrics;
    private final Clock clock;

    UpdateRecorder(Transactions tx, BotMetrics metrics, Clock clock) {
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Throws if the store failed; then nothing of the batch was recorded. */
    Recorded record(List<JsonNode> updates) {
        Instant now = clock.instant();
        long max = -1;
        List<InboxEvent> events = new java.util.ArrayList<>(updates.size());
        for (JsonNode update : updates) {
            long id = updateId(update);
            max = Math.max(max, id);
            events.add(InboxEvent.received(SOURCE, Long.toString(id), chatKey(update), TelegramJson.text(update), now));
        }
        int fresh = tx.write(s -> {
            int n = 0;
            for (InboxEvent e : events) {
                if (s.inbox().offer(e)) {
                    n++;
                }
            }
            return n;
        });
        for (int i = 0; i < fresh; i++) {
            metrics.updateReceived(CHANNEL);
        }
        for (int i = fresh; i < events.size(); i++) {
            metrics.duplicateDropped(CHANNEL);
        }
        return new Recorded(fresh, events.size() - fresh, max);
    }

    static long updateId(JsonNode update) {
        JsonNode id = update.get("update_id");
        if (id == null || !id.canConvertToLong()) {
            throw new IllegalArgumentException("an update without update_id");
        }
        return id.asLong();
    }

    /** "telegram:<chat id>" of the chat the update belongs to; the sender for chat-less updates; else "". */
    static String chatKey(JsonNode update) {
        for (String field : CHAT_CARRIERS) {
            JsonNode chatId = update.path(field).path("chat").path("id");
            if (chatId.canConvertToLong()) {
                return CHANNEL + ":" + chatId.asLong();
            }
        }
        JsonNode callback = update.path("callback_query");
        if (!callback.isMissingNode()) {
            JsonNode chatId = callback.path("message").path("chat").path("id");
            JsonNode sender = callback.path("from").path("id");
            if (chatId.canConvertToLong()) {
                return CHANNEL + ":" + chatId.asLong();
            }
            if (sender.canConvertToLong()) {
                return CHANNEL + ":" + sender.asLong();
            }
        }
        return "";
    }
}
