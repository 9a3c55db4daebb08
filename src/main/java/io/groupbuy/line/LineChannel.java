package io.groupbuy.line;

import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChannelStatus;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.conversation.Outbound;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;

/**
 * The LINE channel: the webhook receiver (signature, inbox), the pump that hands recorded events to
 * the conversation on per-chat lanes, reply-first answers, and pushes for news.
 *
 * <pre>{@code
 * LineChannel line = LineChannel.create(settings, tx, conversation, lanes, metrics, clock);
 * LineWebhookRoute.register(web, line.receiver());
 * line.start();
 * ... news: line.outbound().send(chatId, reply, key);
 * line.close();
 * }</pre>
 */
public final class LineChannel implements AutoCloseable {
    /** Attempts per event before the pump leaves it FAILED for operators. */
    static final int MAX_EVENT_ATTEMPTS = 5;

    private final LineWebhookReceiver receiver;
    private final LineOutbound outbound;
    private final InboxPump pump;
    private final LineTraffic traffic;
    private volatile boolean started;

    private LineChannel(LineWebhookReceiver receiver, LineOutbound outbound, InboxPump pump, LineTraffic traffic) {
        this.receiver = receiver;
        this.outbound = outbound;
        this.pump = pump;
        this.traffic = traffic;
    }

    public static LineChannel create(LineSettings settings, Transactions tx, Conversation conversation,
                                     ChatLanes lanes, BotMetrics metrics, Clock clock) {
        return create(settings, tx, conversation, lanes, metrics, clock, Backoff.DEFAULT);
    }

    static LineChannel create(LineSettings settings, Transactions tx, Conversation conversation, ChatLanes lanes,
                              BotMetrics metrics, Clock clock, Backoff backoff) {
        MessagingApiClient api = LineApiClients.messaging(settings);
        MessagingApiBlobClient blob = LineApiClients.blob(settings);
        LineTraffic traffic = new LineTraffic(metrics);
        LinePusher pusher = new LinePusher(api, traffic, backoff);
        LineResponder responder = new LineResponder(api, pusher, traffic, tx, clock, backoff);
        LineEventTranslator translator = new LineEventTranslator(new LineProfiles(api),
                new LineContent(blob, settings.maxImageBytes(), backoff));
        LineEventHandler handler = new LineEventHandler(translator, conversation, responder, metrics, clock,
                settings.replyWindow());
        InboxPump pump = new InboxPump(LineWebhookReceiver.SOURCE, tx, lanes, handler, clock, MAX_EVENT_ATTEMPTS);
        LineWebhookReceiver receiver = new LineWebhookReceiver(
                new WebhookSignature(settings.channelSecret(), settings.previousChannelSecret()), tx, metrics, clock,
                pump::wake);
        return new LineChannel(receiver, new LineOutbound(pusher), pump, traffic);
    }

    /** For {@code LineWebhookRoute}: accepts webhook requests (they are recorded even before {@link #start()}). */
    public LineWebhookReceiver receiver() {
        return receiver;
    }

    /** Pushes news to LINE chats. */
    public Outbound outbound() {
        return outbound;
    }

    /** Starts handling recorded events, those left pending by an earlier run first. */
    public void start() {
        started = true;
        pump.start();
    }

    public ChannelStatus status() {
        long failed = traffic.failures();
        String detail = "replied " + traffic.replied() + ", pushed " + traffic.pushed() + ", failed " + failed
                + ", events in flight " + pump.inFlight();
        boolean healthy = started && !traffic.lastSendFailed();
        return new ChannelStatus("line", healthy, "webhook", receiver.lastAccepted(), detail);
    }

    /** Message objects sent by the free reply API since start. */
    public long replyCount() {
        return traffic.replied();
    }

    /** Message objects sent by push (counted against LINE's quota) since start. */
    public long pushCount() {
        return traffic.pushed();
    }

    /** Stops taking new events off the inbox; events already on lanes finish there (the lanes belong to the caller). */
    @Override
    public void close() {
        started = false;
        pump.close();
    }
}
