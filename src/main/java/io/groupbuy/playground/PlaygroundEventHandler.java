package io.groupbuy.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.InboxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Processes one recorded page event on its room's lane: payload → {@link Incoming} → conversation →
 * the reply into the room's log. Events of rooms that no longer exist (rooms live in memory; the
 * inbox survives a restart) are kept as unmatched.
 */
final class PlaygroundEventHandler implements InboxPump.Handler {
    private final ObjectMapper mapper;
    private final PlaygroundRooms rooms;
    private final PlaygroundFiles files;
    private final Conversation conversation;
    private final RoomPoster poster;
    private final BotMetrics metrics;
    private final Clock clock;
    private final AtomicReference<Instant> lastHandled = new AtomicReference<>();

    PlaygroundEventHandler(ObjectMapper mapper, PlaygroundRooms rooms, PlaygroundFiles files,
                           Conversation conversation, RoomPoster poster, BotMetrics metrics, Clock clock) {
        this.mapper = mapper;
        this.rooms = rooms;
        this.files = files;
        this.conversation = conversation;
        this.poster = poster;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void handle(InboxEvent event) throws Exception {
        PlaygroundInput in;
        try {
            in = mapper.readValue(event.payload(), PlaygroundInput.class);
        } catch (JsonProcessingException e) {
            throw new InboxPump.Unmatched("unreadable playground event");
        }
        PlaygroundRoom room = rooms.find(in.room())
                .orElseThrow(() -> new InboxPump.Unmatched("room " + in.room() + " is gone (rooms live in memory)"));
        Member member = in.member() == null ? null : new Member(UserId.of(Channel.PLAYGROUND, in.member()), in.name());
        Incoming incoming = new Incoming("playground:" + event.eventId(), room.chatId(), room.kind(), room.title(),
                member, in.language(), content(in, member), in.addressed(), event.receivedAt());
        Reply reply = conversation.handle(incoming);
        poster.post(room.id(), reply, member == null ? null : new LogEntry.Speaker(in.member(), in.name()), "reply");
        Instant now = clock.instant();
        lastHandled.set(now);
        metrics.handled(RoomPoster.CHANNEL, Duration.between(event.receivedAt(), now));
    }

    private Content content(PlaygroundInput in, Member member) throws InboxPump.Unmatched {
        String type = in.type() == null ? "" : in.type();
        switch (type) {
            case PlaygroundInput.TEXT:
                return new Content.Text(in.text() == null ? "" : in.text());
            case PlaygroundInput.PHOTO:
                PlaygroundFiles.StoredFile photo = files.get(in.photo())
                        .orElseThrow(() -> new InboxPump.Unmatched("photo " + in.photo() + " is gone"));
                return new Content.Photo(photo.bytes(), in.caption());
            case PlaygroundInput.PRESS:
                return new Content.ButtonPress(in.payload() == null ? "" : in.payload());
            case PlaygroundInput.JOINED:
                return new Content.MembersJoined(member == null ? List.of() : List.of(member));
            case PlaygroundInput.ADDED:
                return new Content.BotAdded();
            default:
                throw new InboxPump.Unmatched("unknown playground event type " + type);
        }
    }

    /** When an event was last handled (null before the first). */
    Instant lastHandled() {
        return lastHandled.get();
    }
}
