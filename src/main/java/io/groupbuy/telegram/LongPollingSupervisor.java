package io.groupbuy.telegram;

import io.groupbuy.conversation.ChannelStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Runs TelegramBots' long polling and watches it: when no getUpdates completed for three poll
 * timeouts (a hung connection, a polling task that died), the session is thrown away (its HTTP calls
 * cancelled, its thread interrupted) and a fresh one registered. Known failure of the library: polling
 * stops silently and {@code isRunning()} still says true (TelegramBots #1508).
 *
 * <p>Never log a BotSession: its generated toString prints the bot token.
 */
final class LongPollingSupervisor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LongPollingSupervisor.class);

    /** One registered session and what it runs on, so that it can be torn down completely. */
    private record Session(TelegramBotsLongPollingApplication app, ScheduledExecutorService executor,
                           PollEnder ender, PollProgress.SessionBackOff backOff) {
    }

    private final String token;
    private final TelegramUrl url;
    private final OkHttpClient baseHttp;
    private final Duration pollTimeout;
    private final Duration stallAfter;
    private final InboxUpdateConsumer consumer;
    private final PollProgress progress;
    private final Clock clock;
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger restarts = new AtomicInteger();
    private final AtomicLong sessions = new AtomicLong();
    private Session current;
    private Instant lastRestart;
    private String lastProblem;
    private boolean closed;

    LongPollingSupervisor(String token, TelegramUrl url, OkHttpClient baseHttp, Duration pollTimeout,
                          InboxUpdateConsumer consumer, PollProgress progress, Clock clock) {
        this.token = token;
        this.url = url;
        this.baseHttp = baseHttp;
        this.pollTimeout = pollTimeout;
        this.stallAfter = pollTimeout.multipliedBy(3);
        this.consumer = consumer;
        this.progress = progress;
        this.clock = clock;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poll-watchdog"));
    }

    /** Registers the first session (deleteWebhook, then polling) and starts watching. */
    synchronized void start() throws Exception {
        progress.started();
        current = register();
        long tick = Math.max(100, Math.min(5_000, pollTimeout.toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::check, tick, tick, TimeUnit.MILLISECONDS);
    }

    private Session register() throws Exception {
        long n = sessions.incrementAndGet();
        PollEnder ender = new PollEnder();
        PollProgress.SessionBackOff backOff = progress.backOff();
        OkHttpClient http = TelegramHttp.pollingClient(baseHttp, pollTimeout, ender);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poll-" + n));
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                () -> TelegramJson.MAPPER, () -> http, () -> executor, () -> backOff);
        try {
            BotSession session = app.registerBot(token, () -> url, progress.requests(), consumer);
            consumer.session(session.getLastReceivedUpdate());
            return new Session(app, executor, ender, backOff);
        } catch (Exception e) {
            tearDown(new Session(app, executor, ender, backOff));
            throw e;
        }
    }

    private void check() {
        try {
            synchronized (this) {
                if (closed) {
                    return;
                }
                Instant now = clock.instant();
                boolean wanted = consumer.takeRestartWanted();
                Instant since = latest(progress.lastCompleted(), lastRestart);
                if (!wanted && Duration.between(since, now).compareTo(stallAfter) <= 0) {
                    return;
                }
                lastProblem = wanted ? "a batch could not be recorded"
                        : "no poll completed for " + Duration.between(progress.lastCompleted(), now).toSeconds() + " s";
                log.warn("telegram: long polling stalled ({}); restarting the session", lastProblem);
                lastRestart = now;
                restarts.incrementAndGet();
                if (current != null) {
                    tearDown(current);
                    current = null;
                }
                current = register();
                log.info("telegram: long polling restarted (restart {})", restarts.get());
            }
        } catch (Exception e) {
            log.error("telegram: restarting long polling failed; trying again at the next check: {}", e.toString());
        }
    }

    /**
     * Stops the session's task and ends its poll, hung or waiting, without a word from the library;
     * a call still connecting ends within the connect timeout, and its thread is a daemon.
     */
    private void tearDown(Session s) {
        try {
            s.app().unregisterBot(token);
        } catch (Exception e) {
            log.debug("telegram: unregistering a polling session: {}", e.getClass().getSimpleName());
        }
        s.backOff().retire(); // the empty batch that ends its poll is no sign of life
        s.ender().end();
        s.executor().shutdown();
    }

    ChannelStatus status() {
        Instant now = clock.instant();
        Instant last = progress.lastCompleted();
        boolean stalled = last == null || Duration.between(last, now).compareTo(stallAfter) > 0;
        String detail;
        synchronized (this) {
            detail = stalled ? "long polling stalled: no poll completed since " + last : "long polling";
            if (restarts.get() > 0) {
                detail += "; session restarts: " + restarts.get() + " (last: " + lastProblem + ")";
            }
        }
        return new ChannelStatus("telegram", !stalled, "polling", last, detail);
    }

    int restarts() {
        return restarts.get();
    }

    @Override
    public synchronized void close() {
        closed = true;
        watchdog.shutdownNow();
        if (current != null) {
            tearDown(current);
            current = null;
        }
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b == null ? Instant.EPOCH : b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
