package io.groupbuy.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.conversation.UpstreamTime;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.port.InboxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one recorded update on its chat's lane: translate, answer a button press in time, fetch a
 * photo, ask the engine, queue the reply. When the reply can go out at once it waits a while for it to
 * be delivered, so that in normal operation a crash after the event is marked done loses no reply. When
 * the rate limits hold it back behind other messages it does not wait: the scheduler still delivers in
 * order, and a lane thread held for as long as the limits keep a reply queued would tie the number of
 * updates handled to the rate the bot may send (about 25 a second), however fast they come in.
 *
 * <p>A reply the channel drops unsent because it is stopping (SIGTERM with replies still queued behind
 * the limits) sends its event back to the inbox as pending: the next start handles it again and answers;
 * the changes it made are kept single by their operation keys.
 */
final class UpdateHandler implements InboxPump.Handler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    private static final String CHANNEL = "telegram";
    private static final String UNSENT_AT_STOP = "the reply was not sent before the Telegram channel stopped";

    private final UpdateTranslator translator;
    private final Conversation conversation;
    private final PhotoDownloader photos;
    private final CallbackAnswers answers;
    private final TelegramRenderer renderer;
    private final OutboundScheduler scheduler;
    private final TelegramAdmins admins;
    private final BotMetrics metrics;
    private final Clock clock;
    private final Duration replyWait;
    private final Consumer<InboxEvent> reopen;

    UpdateHandler(UpdateTranslator translator, Conversation conversation, PhotoDownloader photos,
                  CallbackAnswers answers, TelegramRenderer renderer, OutboundScheduler scheduler,
                  TelegramAdmins admins, BotMetrics metrics, Clock clock, Duration replyWait,
                  Consumer<InboxEvent> reopen) {
        this.translator = translator;
        this.conversation = conversation;
        this.photos = photos;
        this.answers = answers;
        this.renderer = renderer;
        this.scheduler = scheduler;
        this.admins = admins;
        this.metrics = metrics;
        this.clock = clock;
        this.replyWait = replyWait;
        this.reopen = reopen;
    }

    @Override
    public void handle(InboxEvent event) throws Exception {
        UpstreamTime.reset();
        Update update;
        try {
            update = TelegramJson.update(event.payload());
        } catch (JsonProcessingException e) {
            // the same bytes will never read better: kept aside at once instead of five attempts
            throw new InboxPump.Unmatched("not a readable Telegram update: " + e.getOriginalMessage());
        }
        Instant receivedAt = event.receivedAt() == null ? clock.instant() : event.receivedAt();
        Optional<Inbound> translated = translator.translate(update, receivedAt);
        if (translated.isEmpty()) {
            return;
        }
        Inbound in = translated.get();
        CallbackAnswers.Pending press = in.callbackQueryId() == null ? null : answers.begin(in.callbackQueryId(),
                receivedAt);
        try {
            if (in.content() == null && !in.needsPhoto()) {
                return;
            }
            Content content = in.needsPhoto() ? new Content.Photo(photos.download(in.photo()), in.caption())
                    : in.content();
            if (content instanceof Content.BotRemoved) {
                admins.forget(in.chatId());
            }
            Reply reply = conversation.handle(in.incoming(content));
            if (press != null) {
                press.answer(reply.notice());
            }
            deliver(event, in, reply, receivedAt);
        } finally {
            if (press != null) {
                press.answer(null);
            }
        }
    }

    private void deliver(InboxEvent event, Inbound in, Reply reply, Instant receivedAt)
            throws InterruptedException, InboxPump.Deferred {
        if (reply.messages().isEmpty()) {
            return;
        }
        boolean prompt = scheduler.prompt(in.chatId());
        OutboundTicket ticket = scheduler.sendReply(in.chatId(), renderer.render(reply));
        if (ticket.unsentAtStop()) {
            throw new InboxPump.Deferred(UNSENT_AT_STOP);
        }
        metrics.replyQueued(CHANNEL, Duration.between(receivedAt, clock.instant()), UpstreamTime.spent());
        ticket.first().thenRun(() -> metrics.handled(CHANNEL, Duration.between(receivedAt, clock.instant())));
        ticket.all().whenComplete((ok, failure) -> {
            if (failure != null && ticket.unsentAtStop()) {
                reopen.accept(event);
            }
        });
        if (!prompt) {
            return;
        }
        try {
            ticket.all().get(replyWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.info("telegram: reply to {} still queued after {} s; it goes out as the limits allow", in.eventId(),
                    replyWait.toSeconds());
        } catch (ExecutionException e) {
            if (ticket.unsentAtStop()) {
                throw new InboxPump.Deferred(UNSENT_AT_STOP);
            }
            log.warn("telegram: reply to {} not fully delivered: {}", in.eventId(), e.getCause().getMessage());
        }
    }
}
