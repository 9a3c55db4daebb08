package io.groupbuy.line;

import com.linecorp.bot.messaging.model.Message;
import io.groupbuy.conversation.Outbound;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import java.util.List;

/**
 * News for a LINE chat that no member event is waiting for (order callbacks, reconciliation): pushed,
 * 5 messages per request, each request with the retry key {@code news:<key>:<batch>} so that sending
 * the same news again (a retry, a restart) never delivers it twice.
 */
final class LineOutbound implements Outbound {
    private final LinePusher pusher;

    LineOutbound(LinePusher pusher) {
        this.pusher = pusher;
    }

    /** @throws LineSendFailed when LINE refused the news or kept failing; the caller keeps it and retries */
    @Override
    public void send(ChatId chat, Reply reply, String key) {
        if (chat.channel() != Channel.LINE) {
            throw new IllegalArgumentException("not a LINE chat: " + chat);
        }
        List<List<Message>> batches = LineResponder.batches(LineRenderer.render(reply));
        for (int i = 0; i < batches.size(); i++) {
            try {
                pusher.push(chat.id(), batches.get(i), LinePusher.retryKey("news:" + key, i));
            } catch (LineCallFailure f) {
                throw new LineSendFailed("news " + key + " to " + chat + " not delivered: " + f.getMessage(), f);
            }
        }
    }
}
