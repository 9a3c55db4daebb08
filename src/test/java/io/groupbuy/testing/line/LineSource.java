package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The {@code source} of a webhook event: a user (one-on-one chat), a group ({@code C…}) or a
 * multi-person chat ({@code R…}), with the acting user where LINE includes one.
 */
public record LineSource(Kind kind, String chatId, String userId) {

    public enum Kind { USER, GROUP, ROOM }

    public LineSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chatId, "chatId");
        if (kind == Kind.USER) {
            userId = chatId;
        }
    }

    public static LineSource user(String userId) {
        return new LineSource(Kind.USER, userId, userId);
    }

    public static LineSource group(String groupId, String userId) {
        return new LineSource(Kind.GROUP, groupId, userId);
    }

    public static LineSource group(String groupId) {
        return new LineSource(Kind.GROUP, groupId, null);
    }

    public static LineSource room(String roomId, String userId) {
        return new LineSource(Kind.ROOM, roomId, userId);
    }

    public static LineSource room(String roomId) {
        return new LineSource(Kind.ROOM, roomId, null);
    }

    /** The same chat without the acting user, as in join, leave and member events. */
    public LineSource withoutUser() {
        return kind == Kind.USER ? this : new LineSource(kind, chatId, null);
    }

    ObjectNode toJson() {
        ObjectNode n = LineJson.object();
        switch (kind) {
            case USER -> n.put("type", "user").put("userId", chatId);
            case GROUP -> n.put("type", "group").put("groupId", chatId);
            case ROOM -> n.put("type", "room").put("roomId", chatId);
        }
        if (kind != Kind.USER && userId != null) {
            n.put("userId", userId);
        }
        return n;
    }
}
