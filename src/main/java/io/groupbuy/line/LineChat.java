package io.groupbuy.line;

import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.Source;
import com.linecorp.bot.webhook.model.UserSource;
import java.util.Optional;

/**
 * Where a webhook event happened: a group ({@code C…}), a multi-person room ({@code R…}) or a
 * one-to-one chat with a user ({@code U…}), and who acted when LINE says (message and postback events).
 */
record LineChat(Kind kind, String id, String userId) {
    enum Kind { GROUP, ROOM, USER }

    static Optional<LineChat> of(Source source) {
        if (source instanceof GroupSource g && g.groupId() != null) {
            return Optional.of(new LineChat(Kind.GROUP, g.groupId(), g.userId()));
        }
        if (source instanceof RoomSource r && r.roomId() != null) {
            return Optional.of(new LineChat(Kind.ROOM, r.roomId(), r.userId()));
        }
        if (source instanceof UserSource u && u.userId() != null) {
            return Optional.of(new LineChat(Kind.USER, u.userId(), u.userId()));
        }
        return Optional.empty();
    }

    boolean isGroup() {
        return kind != Kind.USER;
    }
}
