package io.groupbuy.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.app.Json;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChannelStatus;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.conversation.Outbound;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.playground.PlaygroundRefusal.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web playground as a third channel: rooms and members live in memory, what members do goes
 * through the inbox and the pump to the same conversation engine, store and sandbox as Telegram and
 * LINE, and the bot's answers and news land in the room's {@link PlaygroundLog} for the page.
 *
 * <pre>{@code
 * PlaygroundRooms rooms = new PlaygroundRooms(clock);           // first: the chat service asks rooms.admins()
 * PlaygroundChannel playground = PlaygroundChannel.create(rooms, tx, conversation, lanes, metrics, clock);
 * PlaygroundRoutes.register(web, playground, Optional.of(sandbox.admin()));
 * playground.start();
 * ... news: playground.outbound().send(chatId, reply, key);
 * playground.close();
 * }</pre>
 *
 * <p>In a group room the bot answers what it would answer in a Telegram group: commands, links, button
 * presses, and chatter or photos only when addressed, i.e. when the text mentions {@code @bot} (a
 * trailing {@code @bot} on a command is removed, as Telegram does). Photos from the page are addressed
 * unless the caller says otherwise.
 */
public final class PlaygroundChannel implements AutoCloseable {
    public static final String SOURCE = "playground";
    public static final int MAX_TEXT_CHARS = 4096;
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    public static final int MAX_CAPTION_CHARS = 1024;
    public static final int MAX_LABEL_CHARS = 200;
    /** Attempts per event before the pump leaves it FAILED. */
    static final int MAX_EVENT_ATTEMPTS = 3;
    private static final Pattern MENTION = Pattern.compile("(?i)(?<![\\w@])@bot\\b");
    private static final Pattern COMMAND_SUFFIX = Pattern.compile("(?i)^(\\s*/[^\\s@]+)@bot\\b");

    /** A recorded member event and the line it added to the room. */
    public record Accepted(String eventId, LogEntry entry) {
    }

    private final PlaygroundRooms rooms;
    private final PlaygroundLog log;
    private final PlaygroundFiles files;
    private final Transactions tx;
    private final BotMetrics metrics;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final PlaygroundEventHandler handler;
    private final InboxPump pump;
    private final PlaygroundOutbound outbound;
    private volatile boolean started;

    private PlaygroundChannel(PlaygroundRooms rooms, Transactions tx, Conversation conversation, ChatLanes lanes,
                              BotMetrics metrics, Clock clock) {
        this.rooms = rooms;
        this.log = new PlaygroundLog();
        this.files = new PlaygroundFiles();
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
        this.mapper = Json.mapper();
        RoomPoster poster = new RoomPoster(log, new MessageViews(files), metrics, clock);
        this.handler = new PlaygroundEventHandler(mapper, rooms, files, conversation, poster, metrics, clock);
        this.pump = new InboxPump(SOURCE, tx, lanes, handler, clock, MAX_EVENT_ATTEMPTS);
        this.outbound = new PlaygroundOutbound(rooms, log, poster);
    }

    public static PlaygroundChannel create(Transactions tx, Conversation conversation, ChatLanes lanes,
                                           BotMetrics metrics, Clock clock) {
        return create(new PlaygroundRooms(clock), tx, conversation, lanes, metrics, clock);
    }

    /** With rooms made earlier, so the chat service could be given {@link PlaygroundRooms#admins()}. */
    public static PlaygroundChannel create(PlaygroundRooms rooms, Transactions tx, Conversation conversation,
                                           ChatLanes lanes, BotMetrics metrics, Clock clock) {
        return new PlaygroundChannel(rooms, tx, conversation, lanes, metrics, clock);
    }

    public PlaygroundRooms rooms() {
        return rooms;
    }

    public PlaygroundLog log() {
        return log;
    }

    public PlaygroundFiles files() {
        return files;
    }

    /** Order news into rooms. */
    public Outbound outbound() {
        return outbound;
    }

    /** A member marked admin on the page administers their room. */
    public PlatformAdmins admins() {
        return rooms.admins();
    }

    /** Starts handling recorded events. */
    public void start() {
        started = true;
        pump.start();
    }

    public ChannelStatus status() {
        return new ChannelStatus(SOURCE, started, "http", handler.lastHandled(), "rooms " + rooms.all().size()
                + ", events in flight " + pump.inFlight() + ", long polls waiting " + log.waiting());
    }

    /** The room and room order number of an upstream order, when one of the playground's rooms placed it. */
    public Optional<RoomOrder> roomOrder(String platform, String upstreamOrderId) {
        Optional<Marketplace> market = Marketplace.fromCode(platform);
        if (market.isEmpty() || upstreamOrderId == null) {
            return Optional.empty();
        }
        return tx.read(s -> s.orders().byUpstreamId(market.get(), upstreamOrderId))
                .filter(o -> o.chat().channel() == Channel.PLAYGROUND)
                .map(o -> new RoomOrder(o.chat().id(), o.number(), o.status().name()));
    }

    /** An order as the room knows it: "Order #2", and our status name. */
    public record RoomOrder(String room, int number, String status) {
    }

    /** A new room; the bot is "added" to it and greets it. */
    public PlaygroundRoom createRoom(String title, ChatKind kind) {
        PlaygroundRoom room = rooms.create(title, kind);
        synchronized (room) {
            log.append(LogEntry.system(room.id(), clock.instant(), "created", null));
            record(room, new PlaygroundInput(PlaygroundInput.ADDED, room.id(), null, null, null, null, null, null,
                    null, true));
        }
        return room;
    }

    public PlaygroundMember addMember(String roomId, String name, String language, boolean admin) {
        PlaygroundRoom room = rooms.require(roomId);
        PlaygroundMember m = rooms.addMember(roomId, name, language, admin);
        synchronized (room) {
            log.append(LogEntry.system(roomId, clock.instant(), "joined", speaker(m)));
            record(room, input(PlaygroundInput.JOINED, room, m, null, null, null, null, false));
        }
        return m;
    }

    /** Changes name, language or admin flag (null leaves it). */
    public PlaygroundMember updateMember(String roomId, String memberId, String name, String language,
                                         Boolean admin) {
        PlaygroundMember m = rooms.updateMember(roomId, memberId, name, language, admin);
        log.append(LogEntry.system(roomId, clock.instant(), "changed", speaker(m)));
        return m;
    }

    public Accepted say(String roomId, String memberId, String text) {
        PlaygroundRoom room = rooms.require(roomId);
        PlaygroundMember m = room.require(memberId);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_TEXT_CHARS) {
            throw new PlaygroundRefusal(Reason.BAD_INPUT, "a message is 1-" + MAX_TEXT_CHARS + " characters");
        }
        boolean addressed = MENTION.matcher(t).find();
        Matcher own = COMMAND_SUFFIX.matcher(t);
        String forBot = own.find() ? own.group(1) + t.substring(own.end()) : t;
        synchronized (room) {
            String id = record(room, input(PlaygroundInput.TEXT, room, m, forBot, null, null, null, addressed));
            return new Accepted(id, log.append(LogEntry.said(roomId, clock.instant(), speaker(m), t)));
        }
    }

    public Accepted sendPhoto(String roomId, String memberId, byte[] bytes, String caption, boolean addressed) {
        PlaygroundRoom room = rooms.require(roomId);
        PlaygroundMember m = room.require(memberId);
        if (bytes == null || bytes.length == 0) {
            throw new PlaygroundRefusal(Reason.BAD_INPUT, "no photo");
        }
        if (bytes.length > MAX_PHOTO_BYTES) {
            throw new PlaygroundRefusal(Reason.TOO_LARGE, "a photo is at most " + MAX_PHOTO_BYTES + " bytes");
        }
        String type = PlaygroundFiles.imageType(bytes)
                .orElseThrow(() -> new PlaygroundRefusal(Reason.BAD_INPUT, "not a PNG, JPEG, GIF or WebP picture"));
        String c = caption == null ? "" : caption.strip();
        if (c.length() > MAX_CAPTION_CHARS) {
            throw new PlaygroundRefusal(Reason.BAD_INPUT, "a caption is at most " + MAX_CAPTION_CHARS + " characters");
        }
        PlaygroundFiles.StoredFile f = files.put(bytes, type, null);
        synchronized (room) {
            String id = record(room, input(PlaygroundInput.PHOTO, room, m, null, f.id(), c, null, addressed));
            return new Accepted(id, log.append(LogEntry.photo(roomId, clock.instant(), speaker(m),
                    new LogEntry.Photo(PlaygroundFiles.url(f), c.isEmpty() ? null : c, bytes.length))));
        }
    }

    /** A member pressed a button; {@code label} is what the page showed (for the log only). */
    public Accepted press(String roomId, String memberId, String payload, String label) {
        PlaygroundRoom room = rooms.require(roomId);
        PlaygroundMember m = room.require(memberId);
        if (payload == null || payload.isEmpty()
                || payload.getBytes(StandardCharsets.UTF_8).length > Button.MAX_PAYLOAD_BYTES) {
            throw new PlaygroundRefusal(Reason.BAD_INPUT, "a button payload is 1-64 bytes");
        }
        String shown = label == null || label.isBlank() ? "button" : label.strip();
        shown = shown.length() > MAX_LABEL_CHARS ? shown.substring(0, MAX_LABEL_CHARS) : shown;
        synchronized (room) {
            String id = record(room, input(PlaygroundInput.PRESS, room, m, null, null, null, payload, true));
            return new Accepted(id, log.append(LogEntry.pressed(roomId, clock.instant(), speaker(m),
                    new LogEntry.Pressed(shown, payload))));
        }
    }

    private static PlaygroundInput input(String type, PlaygroundRoom room, PlaygroundMember m, String text,
                                         String photo, String caption, String payload, boolean addressed) {
        return new PlaygroundInput(type, room.id(), m.id(), m.name(), m.language(), text, photo, caption, payload,
                addressed);
    }

    private static LogEntry.Speaker speaker(PlaygroundMember m) {
        return new LogEntry.Speaker(m.id(), m.name());
    }

    /** Inbox first, as every channel: the event counts as received once recorded; the pump does the rest. */
    private String record(PlaygroundRoom room, PlaygroundInput input) {
        String eventId = UUID.randomUUID().toString();
        String payload;
        try {
            payload = mapper.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("playground event not serialisable", e);
        }
        tx.write(s -> s.inbox().offer(InboxEvent.received(SOURCE, eventId, room.chatId().key(), payload,
                clock.instant())));
        metrics.updateReceived(SOURCE);
        pump.wake();
        return eventId;
    }

    /** Stops taking events off the inbox; events already on lanes finish there (the lanes belong to the caller). */
    @Override
    public void close() {
        started = false;
        pump.close();
    }
}
