package io.groupbuy.playground;

import io.groupbuy.conversation.Outbound;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order news into a room's log. News repeated under the same key (a relay retry) is shown once; news
 * for a room that is gone (rooms live in memory) is dropped with a log line rather than retried forever.
 */
final class PlaygroundOutbound implements Outbound {
    private static final Logger log = LoggerFactory.getLogger(PlaygroundOutbound.class);

    private final PlaygroundRooms rooms;
    private final PlaygroundLog roomLog;
    private final RoomPoster poster;

    PlaygroundOutbound(PlaygroundRooms rooms, PlaygroundLog roomLog, RoomPoster poster) {
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.poster = poster;
    }

    @Override
    public void send(ChatId chat, Reply reply, String key) {
        if (chat.channel() != Channel.PLAYGROUND) {
            throw new IllegalArgumentException("not a playground chat: " + chat);
        }
        if (rooms.find(chat.id()).isEmpty()) {
            log.info("news {} for playground room {} dropped: the room is gone (rooms live in memory)", key,
                    chat.id());
            return;
        }
        if (key != null && !roomLog.firstNews(chat.id(), key)) {
            log.debug("news {} for {} already shown", key, chat);
            return;
        }
        poster.post(chat.id(), reply, null, "push");
    }
}
