package io.groupbuy.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples a child process once a second while a phase runs: heap in use (from its /metrics), RSS and CPU
 * time (from /proc), and any gauges asked for.
 */
final class ResourceSampler implements AutoCloseable {
    /** {@code oldGen}: the old generation in use, which is what survived the young collections. */
    record Sample(long epochMillis, double heapUsed, double oldGen, long rss, double cpuSeconds,
                  double outboundQueued) {
    }

    private final BotProcess bot;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private final boolean withMetrics;

    /** {@code withMetrics}: the process serves /metrics (the bot does, the echo baseline does not). */
    ResourceSampler(BotProcess bot, boolean withMetrics) {
        this.bot = bot;
        this.withMetrics = withMetrics;
        this.thread = new Thread(this::loop, "resource-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            try {
                PromMetrics m = withMetrics ? bot.metrics() : PromMetrics.parse("");
                Sample s = new Sample(System.currentTimeMillis(),
                        m.sum("jvm_memory_used_bytes", PromMetrics.label("area", "heap")),
                        m.sum("jvm_memory_used_bytes", l -> "G1 Old Gen".equals(l.get("id"))), bot.rssBytes(),
                        bot.cpuSeconds(),
                        m.sum("groupbuy_outbound_queued", PromMetrics.label("channel", "telegram")));
                synchronized (samples) {
                    samples.add(s);
                }
            } catch (RuntimeException e) {
                // the process may be between a kill and a restart: skip this second
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Samples taken between two moments (epoch ms). */
    List<Sample> between(long from, long to) {
        return samples().stream().filter(s -> s.epochMillis() >= from && s.epochMillis() <= to).toList();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
