package io.groupbuy.line;

import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.core.Secret;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.line.LineApiFake;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.line.MutableClock;
import io.groupbuy.testing.line.SignedWebhook;
import io.groupbuy.testing.line.WebhookEvent;
import io.groupbuy.testing.line.WebhookPoster;
import io.groupbuy.testing.line.WebhookResponse;
import io.groupbuy.web.LineWebhookRoute;
import io.groupbuy.web.WebServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The LINE channel wired as in production, on real sockets: our {@link WebServer} on an ephemeral
 * port with {@link LineWebhookRoute}, the real SDK clients pointed at a {@link LineApiFake}, one
 * {@link MutableClock} for the fake (token expiry, event timestamps) and the channel.
 */
final class LineHarness implements AutoCloseable {
    static final String SECRET = "test-channel-secret-0123456789ab";
    static final String PREVIOUS_SECRET = "old-channel-secret-ba9876543210";
    static final String TOKEN = "test-channel-token-DO-NOT-LOG-4f1c9e";
    static final Backoff FAST = new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(100));

    final MutableClock clock;
    final LineApiFake line;
    final LineWebhooks hooks;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final BotMetrics metrics = new BotMetrics(registry);
    final ChatLanes lanes = new ChatLanes("line-test", 4);
    final Transactions tx;
    final LineChannel channel;
    final WebServer web = new WebServer();
    final URI webhook;

    LineHarness(Conversation conversation) {
        this(conversation, new InMemoryStores(), s -> s);
    }

    LineHarness(Conversation conversation, Transactions tx, java.util.function.UnaryOperator<LineSettings> tweak) {
        this(MutableClock.at(Instant.parse("2026-12-01T10:00:00Z")), conversation, tx, tweak);
    }

    /** With the clock the conversation engine uses too. */
    LineHarness(MutableClock clock, Conversation conversation, Transactions tx,
                java.util.function.UnaryOperator<LineSettings> tweak) {
        this.clock = clock;
        this.line = LineApiFake.builder().channelToken(TOKEN).clock(clock).start();
        this.hooks = LineWebhooks.forFake(line);
        this.tx = tx;
        LineSettings settings = tweak.apply(LineSettings.of(Secret.of(SECRET), Optional.of(Secret.of(PREVIOUS_SECRET)),
                Secret.of(TOKEN), line.baseUri(), line.dataBaseUri()));
        this.channel = LineChannel.create(settings, tx, conversation, lanes, metrics, clock, FAST);
        LineWebhookRoute.register(web, channel.receiver());
        int port = web.start("127.0.0.1", 0);
        this.webhook = URI.create("http://127.0.0.1:" + port + LineWebhookRoute.PATH);
        channel.start();
    }

    WebhookResponse post(WebhookEvent... events) {
        return hooks.signed(SECRET, events).post(webhook);
    }

    WebhookResponse post(SignedWebhook signed) {
        return signed.post(webhook);
    }

    WebhookResponse postRaw(byte[] body, String signatureOrNull) {
        return WebhookPoster.post(webhook, body, signatureOrNull);
    }

    double counter(String name, String... tags) {
        var c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    /** Polls until the condition holds (up to 10 s); no fixed sleeps. */
    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until every recorded event was handled. */
    void awaitIdle() {
        await(() -> tx.read(s -> s.inbox().pending("line", 10)).isEmpty(), "the inbox to drain");
    }

    /** Events recorded in the inbox so far, whatever their state. */
    long recordedEvents() {
        return tx.read(s -> {
            long n = 0;
            for (InboxEvent.State state : InboxEvent.State.values()) {
                n += s.inbox().count("line", state);
            }
            return n;
        });
    }

    @Override
    public void close() {
        channel.close();
        web.close();
        lanes.close();
        line.close();
    }
}
