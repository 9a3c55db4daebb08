package io.groupbuy.playground;

import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.core.Channel;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.playground.PlaygroundRefusal.Reason;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The playground's rooms and members, in memory (carts and orders live in the real store). Made
 * before the conversation engine because the chat service asks {@link #admins()} who administers a
 * room: a member marked admin on the page is one.
 */
public final class PlaygroundRooms {
    public static final int MAX_ROOMS = 50;
    public static final int MAX_TITLE = 60;

    private final Clock clock;
    private final Map<String, PlaygroundRoom> rooms = new LinkedHashMap<>();
    private final AtomicInteger roomNumbers = new AtomicInteger();
    private final AtomicInteger memberNumbers = new AtomicInteger();

    public PlaygroundRooms(Clock clock) {
        this.clock = clock;
    }

    /** "room-1", "room-2"…; a blank title becomes "Room N". */
    public synchronized PlaygroundRoom create(String title, ChatKind kind) {
        if (rooms.size() >= MAX_ROOMS) {
            throw new PlaygroundRefusal(Reason.LIMIT_REACHED, "at most " + MAX_ROOMS + " rooms");
        }
        String t = title == null ? "" : title.strip();
        if (t.length() > MAX_TITLE || t.chars().anyMatch(Character::isISOControl)) {
            throw new PlaygroundRefusal(Reason.BAD_INPUT, "a title is at most " + MAX_TITLE + " characters");
        }
        int n = roomNumbers.incrementAndGet();
        PlaygroundRoom room = new PlaygroundRoom("room-" + n, t.isEmpty() ? "Room " + n : t,
                kind == null ? ChatKind.GROUP : kind, clock.instant());
        rooms.put(room.id(), room);
        return room;
    }

    public synchronized List<PlaygroundRoom> all() {
        return List.copyOf(rooms.values());
    }

    public synchronized Optional<PlaygroundRoom> find(String roomId) {
        return Optional.ofNullable(roomId == null ? null : rooms.get(roomId));
    }

    public PlaygroundRoom require(String roomId) {
        return find(roomId).orElseThrow(() -> new PlaygroundRefusal(Reason.UNKNOWN_ROOM, "no room " + roomId));
    }

    /** Member ids are unique across rooms ("m-1", "m-2"…), so a user id names one member of one room. */
    public PlaygroundMember addMember(String roomId, String name, String language, boolean admin) {
        return require(roomId).add("m-" + memberNumbers.incrementAndGet(), name, language, admin);
    }

    public PlaygroundMember updateMember(String roomId, String memberId, String name, String language,
                                         Boolean admin) {
        return require(roomId).update(memberId, name, language, admin);
    }

    /** Admin flags of the page; empty for anyone the playground does not know. */
    public PlatformAdmins admins() {
        return (chat, user) -> {
            if (chat.channel() != Channel.PLAYGROUND || user.channel() != Channel.PLAYGROUND) {
                return Optional.empty();
            }
            return find(chat.id()).flatMap(r -> r.member(user.id())).map(PlaygroundMember::admin);
        };
    }
}
