package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.app.config.LineConfig;
import io.groupbuy.app.config.TelegramConfig;
import io.groupbuy.conversation.ChannelStatus;
import io.groupbuy.core.Channel;
import io.groupbuy.line.LineChannel;
import io.groupbuy.line.LineSettings;
import io.groupbuy.playground.PlaygroundChannel;
import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.telegram.TelegramChannel;
import io.groupbuy.telegram.TelegramSettings;
import io.groupbuy.telegram.TelegramUnreachable;
import io.groupbuy.web.LineWebhookRoute;
import io.groupbuy.web.PlaygroundRoutes;
import io.groupbuy.web.TelegramWebhookRoute;
import io.groupbuy.web.WebServer;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat channels the configuration enables: Telegram (a bot token), LINE (channel secret and
 * token), and the web playground in sandbox mode. Each gets its route on the one server, its outbound
 * for news, and a status for /healthz.
 */
final class ChannelsWiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChannelsWiring.class);

    private final Optional<TelegramChannel> telegram;
    private final Optional<LineChannel> line;
    private final Optional<PlaygroundChannel> playground;
    private static final java.time.Duration TELEGRAM_RETRY = java.time.Duration.ofSeconds(5);
    private final java.util.concurrent.ScheduledExecutorService retries =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "telegram-start");
                t.setDaemon(true);
                return t;
            });

    private ChannelsWiring(Optional<TelegramChannel> telegram, Optional<LineChannel> line,
                           Optional<PlaygroundChannel> playground) {
        this.telegram = telegram;
        this.line = line;
        this.playground = playground;
    }

    static ChannelsWiring wire(BotConfig config, CoreWiring core, WebServer web, PandaPonSandbox sandbox,
                               Clock clock) {
        Optional<TelegramChannel> telegram = config.telegram().map(t -> {
            TelegramChannel channel = TelegramChannel.create(telegramSettings(t, config.publicUrl()), core.tx(),
                    core.conversation(), core.lanes(), core.metrics(), clock);
            core.outbound().register(Channel.TELEGRAM, channel.outbound());
            core.admins().register(Channel.TELEGRAM, channel.admins());
            if (t.mode() == TelegramConfig.Mode.WEBHOOK) {
                TelegramWebhookRoute.register(web, channel.receiver());
            }
            return channel;
        });
        Optional<LineChannel> line = config.line().map(l -> {
            LineChannel channel = LineChannel.create(lineSettings(l), core.tx(), core.conversation(), core.lanes(),
                    core.metrics(), clock);
            core.outbound().register(Channel.LINE, channel.outbound());
            LineWebhookRoute.register(web, channel.receiver());
            return channel;
        });
        Optional<PlaygroundChannel> playground = Optional.empty();
        if (config.sandboxMode()) {
            PlaygroundChannel channel = PlaygroundChannel.create(core.tx(), core.conversation(), core.lanes(),
                    core.metrics(), clock);
            core.outbound().register(Channel.PLAYGROUND, channel.outbound());
            core.admins().register(Channel.PLAYGROUND, channel.admins());
            PlaygroundRoutes.register(web, channel, Optional.ofNullable(sandbox).map(PandaPonSandbox::admin));
            playground = Optional.of(channel);
        }
        return new ChannelsWiring(telegram, line, playground);
    }

    static TelegramSettings telegramSettings(TelegramConfig t, Optional<URI> publicUrl) {
        if (t.mode() == TelegramConfig.Mode.WEBHOOK) {
            return TelegramSettings.webhook(t.botToken(), t.apiUrl(), t.webhookSecret().orElseThrow(),
                    publicUrl.map(u -> URI.create(u + TelegramWebhookRoute.PATH)).orElse(null));
        }
        return TelegramSettings.polling(t.botToken(), t.apiUrl());
    }

    static LineSettings lineSettings(LineConfig l) {
        return new LineSettings(l.channelSecret(), l.previousChannelSecret(), l.channelToken(), l.apiUrl(),
                l.dataApiUrl(), LineSettings.DEFAULT_REPLY_WINDOW, LineSettings.DEFAULT_MAX_IMAGE_BYTES);
    }

    List<Supplier<ChannelStatus>> statuses() {
        List<Supplier<ChannelStatus>> all = new ArrayList<>();
        telegram.ifPresent(t -> all.add(t::status));
        line.ifPresent(l -> all.add(l::status));
        playground.ifPresent(p -> all.add(p::status));
        return all;
    }

    void start() {
        playground.ifPresent(PlaygroundChannel::start);
        line.ifPresent(LineChannel::start);
        telegram.ifPresent(this::startTelegram);
    }

    /**
     * A refused token stops the bot (configuration); Telegram merely out of reach does not: the other
     * channels run, /healthz shows Telegram unhealthy, and the start is tried again until it works.
     */
    private void startTelegram(TelegramChannel channel) {
        try {
            channel.start();
        } catch (TelegramUnreachable e) {
            log.error("{}; trying again every {} s", e.getMessage(), TELEGRAM_RETRY.toSeconds());
            channel.startFailed(e.getMessage());
            retries.scheduleWithFixedDelay(() -> {
                try {
                    channel.start();
                    channel.startFailed(null);
                    log.info("telegram: started after all");
                    retries.shutdown();
                } catch (TelegramUnreachable again) {
                    channel.startFailed(again.getMessage());
                    log.warn("{}", again.getMessage());
                } catch (RuntimeException fatal) {
                    channel.startFailed(fatal.getMessage());
                    log.error("telegram: {}", fatal.getMessage());
                    retries.shutdown();
                }
            }, TELEGRAM_RETRY.toMillis(), TELEGRAM_RETRY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    String describe() {
        List<String> names = new ArrayList<>();
        telegram.ifPresent(t -> names.add("telegram (" + t.status().mode() + ")"));
        line.ifPresent(l -> names.add("line (webhook at /line/webhook)"));
        playground.ifPresent(p -> names.add("playground (/playground)"));
        return names.isEmpty() ? "none (set TELEGRAM_BOT_TOKEN or LINE_CHANNEL_SECRET/LINE_CHANNEL_TOKEN)"
                : String.join(", ", names);
    }

    /** Intake stops first: polling and webhooks, then the playground. */
    @Override
    public void close() {
        retries.shutdownNow();
        telegram.ifPresent(t -> quietly(t::close, "telegram"));
        line.ifPresent(l -> quietly(l::close, "line"));
        playground.ifPresent(p -> quietly(p::close, "playground"));
    }

    private static void quietly(Runnable r, String what) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("while stopping {}: {}", what, e.toString());
        }
    }
}
