package io.groupbuy.playground;

import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import java.time.Clock;

/** Puts what the bot says into a room's log: each message (replacing in place by key), then the notice. */
final class RoomPoster {
    static final String CHANNEL = "playground";

    private final PlaygroundLog log;
    private final MessageViews views;
    private final BotMetrics metrics;
    private final Clock clock;

    RoomPoster(PlaygroundLog log, MessageViews views, BotMetrics metrics, Clock clock) {
        this.log = log;
        this.views = views;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** {@code kind} is how the metrics count it: reply (answer to a member) or push (news). */
    void post(String room, Reply reply, LogEntry.Speaker noticeFor, String kind) {
        for (OutMessage m : reply.messages()) {
            LogEntry e = log.appendOrReplace(LogEntry.bot(room, clock.instant(), views.view(m)));
            metrics.outbound(CHANNEL, Boolean.TRUE.equals(e.edited()) ? "edit" : kind);
        }
        if (reply.notice() != null && !reply.notice().isBlank()) {
            log.append(LogEntry.notice(room, clock.instant(), noticeFor, reply.notice()));
        }
    }
}
