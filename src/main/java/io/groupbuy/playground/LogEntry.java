package io.groupbuy.playground;

import java.time.Instant;

/**
 * One line of a room's log as the page receives it (JSON; absent fields are omitted).
 *
 * <p>{@code id} names the line for good; {@code seq} grows with every change, across all rooms: a bot
 * message replaced in place (its {@code replaceKey} came again, as Telegram would edit it) keeps its
 * {@code id}, gets a new {@code seq} and {@code edited = true}.
 *
 * @param kind {@code member} (text, photo or button press), {@code bot} (a message), {@code notice} (the
 *             short toast answering a button press, for {@code member}) or {@code system} (room news)
 */
public record LogEntry(long id, long seq, String room, Instant at, String kind, Speaker member, String text,
                       Photo photo, Pressed press, MessageView message, Boolean edited) {
    public static final String MEMBER = "member";
    public static final String BOT = "bot";
    public static final String NOTICE = "notice";
    public static final String SYSTEM = "system";

    /** Who wrote (or, for a notice, whom it answers). */
    public record Speaker(String id, String name) {
    }

    /** A photo a member sent: where the page loads it from. */
    public record Photo(String url, String caption, int bytes) {
    }

    /** A button a member pressed. */
    public record Pressed(String label, String payload) {
    }

    static LogEntry said(String room, Instant at, Speaker who, String text) {
        return new LogEntry(0, 0, room, at, MEMBER, who, text, null, null, null, null);
    }

    static LogEntry photo(String room, Instant at, Speaker who, Photo photo) {
        return new LogEntry(0, 0, room, at, MEMBER, who, null, photo, null, null, null);
    }

    static LogEntry pressed(String room, Instant at, Speaker who, Pressed press) {
        return new LogEntry(0, 0, room, at, MEMBER, who, null, null, press, null, null);
    }

    static LogEntry bot(String room, Instant at, MessageView message) {
        return new LogEntry(0, 0, room, at, BOT, null, null, null, null, message, null);
    }

    static LogEntry notice(String room, Instant at, Speaker forWhom, String text) {
        return new LogEntry(0, 0, room, at, NOTICE, forWhom, text, null, null, null, null);
    }

    /** Room news: {@code event} is {@code created} (the bot joined the new room), {@code joined} or {@code changed}. */
    static LogEntry system(String room, Instant at, String event, Speaker who) {
        return new LogEntry(0, 0, room, at, SYSTEM, who, event, null, null, null, null);
    }

    LogEntry numbered(long newId, long newSeq, boolean wasEdited) {
        return new LogEntry(newId, newSeq, room, at, kind, member, text, photo, press, message,
                wasEdited ? Boolean.TRUE : null);
    }

    /** The key under which a later bot message replaces this one, if any. */
    String replaceKey() {
        return message == null ? null : message.replaceKey();
    }
}
