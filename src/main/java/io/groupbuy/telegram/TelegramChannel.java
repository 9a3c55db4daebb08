package io.groupbuy.telegram;

import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChannelStatus;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.conversation.Outbound;
import io.groupbuy.conversation.render.TextSplitter;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel: receives updates (long polling, or webhook through {@link #receiver()}),
 * records them in the inbox, handles them per chat through the conversation engine and sends the
 * replies within Telegram's limits. Built by the composition root; {@link #start()} once, then
 * {@link #close()} on shutdown.
 */
public final class TelegramChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    static final String SOURCE = UpdateRecorder.SOURCE;
    private static final int SENDERS = 8;
    private static final int PUMP_MAX_ATTEMPTS = 5;
    private static final Duration CALLBACK_DEADLINE = Duration.ofSeconds(1);
    private static final Duration REPLY_WAIT = Duration.ofSeconds(10);
    private static final Duration NEWS_TIMEOUT = Duration.ofMinutes(10);
    // short enough that the whole stop fits in the 10 s `docker stop` gives before SIGKILL
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final TelegramSettings settings;
    private final Transactions tx;
    private final Conversation conversation;
    private final ChatLanes lanes;
    private final BotMetrics metrics;
    private final Clock clock;
    private final OkHttpClient http;
    private final TelegramClient client;
    private final OutboundScheduler scheduler;
    private final TelegramRenderer renderer;
    private final TelegramOutbound outbound;
    private final TelegramAdmins admins;
    private final UpdateRecorder recorder;
    private final TelegramWebhookReceiver receiver;
    private final PollProgress progress;
    private final ScheduledExecutorService timer;
    private volatile String startProblem;
    private volatile InboxPump pump;
    private volatile LongPollingSupervisor polling;
    private volatile BotIdentity identity;
    private volatile String webhookProblem;

    private TelegramChannel(TelegramSettings settings, Transactions tx, Conversation conversation, ChatLanes lanes,
                            BotMetrics metrics, Clock clock) {
        this.settings = settings;
        this.tx = tx;
        this.conversation = conversation;
        this.lanes = lanes;
        this.metrics = metrics;
        this.clock = clock;
        this.http = TelegramHttp.apiClient(SENDERS + 8);
        this.client = new OkHttpTelegramClient(http, settings.botToken().reveal(), TelegramHttp.telegramUrl(settings));
        this.scheduler = new OutboundScheduler(new MessageSender(client, new SentMessages())::deliver,
                settings.limits(), metrics, SENDERS);
        metrics.outboundQueue("telegram", scheduler::pending);
        this.renderer = new TelegramRenderer(TextSplitter.telegram()::split);
        this.outbound = new TelegramOutbound(renderer, scheduler, NEWS_TIMEOUT);
        this.admins = new TelegramAdmins(client, TelegramAdmins.TTL);
        this.recorder = new UpdateRecorder(tx, metrics, clock);
        this.receiver = new TelegramWebhookReceiver(settings.webhookSecret(), recorder, this::wakePump, metrics, clock);
        this.progress = new PollProgress(clock, settings.pollTimeout());
        this.timer = Executors.newSingleThreadScheduledExecutor(LongPollingSupervisor.daemon("telegram-timer"));
    }

    public static TelegramChannel create(TelegramSettings settings, Transactions tx, Conversation conversation,
                                         ChatLanes lanes, BotMetrics metrics, Clock clock) {
        return new TelegramChannel(settings, tx, conversation, lanes, metrics, clock);
    }

    /**
     * Asks Telegram who the bot is (getMe), starts processing the inbox, then long polling (which
     * deletes any webhook first) or setWebhook. Throws {@link IllegalStateException} if Telegram cannot
     * be reached or refuses the token.
     */
    public synchronized void start() {
        if (identity != null) {
            return;
        }
        BotIdentity me = whoAmI();
        // intake first: if it cannot start nothing was started, so start() may simply be called again
        if (settings.mode() == TelegramSettings.Mode.POLLING) {
            startPolling();
        } else {
            setWebhook();
        }
        UpdateHandler handler = new UpdateHandler(new UpdateTranslator(me), conversation,
                new PhotoDownloader(client, http, settings),
                new CallbackAnswers(client, timer, CALLBACK_DEADLINE, clock), renderer, scheduler, admins, metrics,
                clock, REPLY_WAIT, this::reopen);
        pump = new InboxPump(SOURCE, tx, lanes, handler, clock, PUMP_MAX_ATTEMPTS);
        pump.start();
        identity = me;
        log.info("telegram: @{} started in {} mode", me.username(), settings.mode().name().toLowerCase());
    }

    /** An update handled whose reply was dropped unsent at a stop: handled again at the next start. */
    private void reopen(InboxEvent event) {
        InboxPump p = pump;
        if (p != null) {
            p.reopen(event);
        }
    }

    private BotIdentity whoAmI() {
        try {
            User me = client.execute(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (TelegramApiRequestException e) {
            // Telegram answered: the token is refused. That is configuration, not a passing fault.
            throw new IllegalStateException("Telegram refused getMe (check TELEGRAM_BOT_TOKEN): "
                    + SendFailure.of(e));
        } catch (TelegramApiException e) {
            throw new TelegramUnreachable("Telegram getMe failed (check TELEGRAM_API_URL and the network): "
                    + SendFailure.of(e));
        }
    }

    private void startPolling() {
        InboxUpdateConsumer consumer = new InboxUpdateConsumer(recorder, progress, this::wakePump);
        LongPollingSupervisor supervisor = new LongPollingSupervisor(settings.botToken().reveal(),
                TelegramHttp.telegramUrl(settings), http, settings.pollTimeout(), consumer, progress, clock);
        try {
            supervisor.start();
        } catch (Exception e) {
            supervisor.close();
            throw new TelegramUnreachable("Telegram long polling could not start: " + SendFailure.of(e));
        }
        polling = supervisor;
    }

    private void setWebhook() {
        if (settings.publicWebhookUrl().isEmpty()) {
            webhookProblem = "setWebhook skipped: no public URL configured";
            log.warn("telegram: webhook mode without a public URL: setWebhook skipped, serving POST /telegram/webhook"
                    + " for a webhook set by other means");
            return;
        }
        try {
            client.execute(SetWebhook.builder().url(settings.publicWebhookUrl().get().toString())
                    .secretToken(settings.webhookSecret().orElseThrow().reveal())
                    .allowedUpdates(PollProgress.ALLOWED_UPDATES).build());
            webhookProblem = null;
        } catch (TelegramApiRequestException e) {
            webhookProblem = "setWebhook refused: " + SendFailure.of(e);
            throw new IllegalStateException("Telegram " + webhookProblem);
        } catch (TelegramApiException e) {
            webhookProblem = "setWebhook failed: " + SendFailure.of(e);
            throw new TelegramUnreachable("Telegram " + webhookProblem);
        }
    }

    private void wakePump() {
        InboxPump p = pump;
        if (p != null) {
            p.wake();
        }
    }

    /** Why the last start failed while Telegram could not be reached (shown on /healthz), or null. */
    public void startFailed(String why) {
        startProblem = why;
    }

    /** For {@code TelegramWebhookRoute}; records updates even before start (handled once started). */
    public TelegramWebhookReceiver receiver() {
        return receiver;
    }

    /** News to a chat through the rate-limited queue; blocks until delivered. */
    public Outbound outbound() {
        return outbound;
    }

    public PlatformAdmins admins() {
        return admins;
    }

    public ChannelStatus status() {
        if (identity == null) {
            String why = startProblem;
            return new ChannelStatus("telegram", false, mode(), null,
                    why == null ? "not started" : "not started: " + why);
        }
        LongPollingSupervisor p = polling;
        if (p != null) {
            return p.status();
        }
        String problem = webhookProblem;
        return new ChannelStatus("telegram", true, mode(), receiver.lastAccepted(),
                problem == null ? "webhook" : problem);
    }

    private String mode() {
        return settings.mode().name().toLowerCase();
    }

    /** Pending outbound messages (queued or being sent). */
    int outboundPending() {
        return scheduler.pending();
    }

    /** Stops polling first, then the inbox pump, then sends what is queued (bounded) and frees the threads. */
    @Override
    public void close() {
        close(DRAIN);
    }

    /** As {@link #close()}, sending what is queued for at most {@code drain}. */
    synchronized void close(Duration drain) {
        LongPollingSupervisor p = polling;
        if (p != null) {
            p.close();
            polling = null;
        }
        InboxPump q = pump;
        if (q != null) {
            q.close();
        }
        scheduler.close(drain);
        if (q != null) {
            q.flushReopened();
        }
        timer.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
