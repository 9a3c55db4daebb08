package io.groupbuy.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

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

    /** A webhook request was refused (bad signature or secret). */
    public void webhookRejected(String channel) {
        Counter.builder("groupbuy.webhooks.rejected").tag("channel", channel).register(registry).increment();
    }
}
