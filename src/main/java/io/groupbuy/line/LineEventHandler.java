package io.groupbuy.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.ReplyEvent;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.port.InboxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Handles one recorded webhook event on its chat's lane: parse, translate, ask the conversation,
 * render, answer reply-first. Throws only when the answer could not be pushed, so the pump tries
 * the event again later (reply outcome remembered, pushes keyed: nothing goes out twice).
 */
final class LineEventHandler implements InboxPump.Handler {
    /** LINE honours a redelivered event's token for a minute, but never 20 minutes after the event. */
    private static final Duration TOKEN_HORIZON = Duration.ofMinutes(20);

    private final LineEventTranslator translator;
    private final Conversation conversation;
    private final LineResponder responder;
    private final BotMetrics metrics;
    private final Clock clock;
    private final Duration replyWindow;

    LineEventHandler(LineEventTranslator translator, Conversation conversation, LineResponder responder,
                     BotMetrics metrics, Clock clock, Duration replyWindow) {
        this.translator = translator;
        this.conversation = conversation;
        this.responder = responder;
        this.metrics = metrics;
        this.clock = clock;
        this.replyWindow = replyWindow;
    }

    /**
     * @throws InboxPump.Unmatched for an event the bot has nothing to do with (a sticker, an unknown
     *                             type): kept as UNMATCHED for operators, never retried
     * @throws LineCallFailure     when the answer could not be pushed: the pump tries again later
     */
    @Override
    public void handle(InboxEvent stored) throws LineCallFailure, InboxPump.Unmatched {
        Event event = parse(stored);
        if (event.mode() == EventMode.STANDBY) {
            return; // another channel of a module owns the chat right now: the bot must stay quiet
        }
        Optional<LineChat> chat = LineChat.of(event.source());
        if (chat.isEmpty()) {
            throw new InboxPump.Unmatched("no chat in the event's source");
        }
        String eventKey = LineWebhookReceiver.SOURCE + ":" + stored.eventId();
        LineEventTranslator.Translation t = translator.translate(event, eventKey, chat.get());
        List<Message> messages;
        if (t instanceof LineEventTranslator.ToConversation c) {
            Reply reply = conversation.handle(c.incoming());
            if (!c.answerable()) {
                return;
            }
            messages = LineRenderer.answer(reply);
        } else if (t instanceof LineEventTranslator.AdapterNote note) {
            messages = List.of(new TextMessage(note.text()));
        } else {
            throw new InboxPump.Unmatched(((LineEventTranslator.Ignored) t).why());
        }
        if (messages.isEmpty()) {
            return;
        }
        String token = event instanceof ReplyEvent r ? r.replyToken() : null;
        responder.answer(new ReplyTarget(eventKey, chat.get().id(), token, deadline(event, stored)), messages);
        metrics.handled(LineWebhookReceiver.SOURCE, Duration.between(stored.receivedAt(), clock.instant()));
    }

    /**
     * Until when the reply token is used: {@code replyWindow} after the event happened (or after we
     * received it, if that was earlier by our clock), after a redelivery from when it arrived, never
     * beyond LINE's 20-minute horizon.
     */
    Instant deadline(Event event, InboxEvent stored) {
        Instant received = stored.receivedAt() == null ? clock.instant() : stored.receivedAt();
        Instant happened = event.timestamp() == null ? received : Instant.ofEpochMilli(event.timestamp());
        boolean redelivery = event.deliveryContext() != null && Boolean.TRUE.equals(event.deliveryContext().isRedelivery());
        Instant base = redelivery || received.isBefore(happened) ? received : happened;
        Instant deadline = base.plus(replyWindow);
        Instant horizon = happened.plus(TOKEN_HORIZON);
        return deadline.isAfter(horizon) ? horizon : deadline;
    }

    private static Event parse(InboxEvent stored) throws InboxPump.Unmatched {
        try {
            return LineJson.MAPPER.readValue(stored.payload(), Event.class);
        } catch (JsonProcessingException e) {
            throw new InboxPump.Unmatched("unreadable event: " + e.getOriginalMessage());
        }
    }
}
