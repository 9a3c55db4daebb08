package io.groupbuy.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The channel metrics every adapter reports, under one set of names (exported by /metrics in
 * Prometheus form, e.g. {@code groupbuy_updates_received_total{channel="line"}}).
 */
public final class BotMetrics {
    private final MeterRegistry registry;

    public BotMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** For tests and tools that do not export metrics. */
    public static BotMetrics noop() {
        return new BotMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** An inbound event was recorded (not a duplicate). */
    public void updateReceived(String channel) {
        Counter.builder("groupbuy.updates.received").tag("channel", channel).register(registry).increment();
    }

    /** An inbound event was a repeat and was dropped. */
    public void duplicateDropped(String channel) {
        Counter.builder("groupbuy.updates.duplicates").tag("channel", channel).register(registry).increment();
    }

    /** Time from receiving an event to its first reply being sent. */
    public void handled(String channel, Duration took) {
        Timer.builder("groupbuy.update.handling").tag("channel", channel).publishPercentileHistogram()
                .register(registry).record(took);
    }

    /**
     * The first reply to an event was handed to the outbound queue: {@code took} from receiving the event,
     * of which {@code upstream} waiting on the purchasing agent. Recorded as two timers: the whole time
     * ({@code groupbuy.update.reply_queued}) and the bot's own share ({@code groupbuy.update.overhead}),
     * both before any wait the platform's rate limits impose.
     */
    public void replyQueued(String channel, Duration took, Duration upstream) {
        Timer.builder("groupbuy.update.reply_queued").tag("channel", channel).publishPercentileHistogram()
                .register(registry).record(took);
        Duration own = took.minus(upstream);
        Timer.builder("groupbuy.update.overhead").tag("channel", channel).publishPercentileHistogram()
                .register(registry).record(own.isNegative() ? Duration.ZERO : own);
    }

    /** Messages waiting to be sent (queued or in flight) on a channel, read when metrics are scraped. */
    public void outboundQueue(String channel, Supplier<Number> queued) {
        Gauge.builder("groupbuy.outbound.queued", queued).tag("channel", channel).strongReference(true)
                .register(registry);
    }

    /** A message left the bot; kind is reply, push, send or edit. */
    public void outbound(String channel, String kind) {
        Counter.builder("groupbuy.outbound.messages").tag("channel", channel).tag("kind", kind).register(registry)
                .increment();
    }

    /** A platform answered 429. */
    public void rateLimited(String channel) {
        Counter.builder("groupbuy.outbound.rate_limited").tag("channel", channel).register(registry).increment();
    }

    /** A send failed after its retries. */
    public void outboundFailed(String channel) {
        Counter.builder("groupbuy.outbound.failed").tag("channel", channel).register(registry).increment();
    }

    /** A queued message was dropped before sending (a chat's backlog of replies over its cap). */
    public void outboundDropped(String channel) {
        Counter.builder("groupbuy.outbound.dropped").tag("channel", channel).register(registry).increment();
    }

    /** A webhook request was refused (bad signature or secret). */
    public void webhookRejected(String channel) {
        Counter.builder("groupbuy.webhooks.rejected").tag("channel", channel).register(registry).increment();
    }
}
