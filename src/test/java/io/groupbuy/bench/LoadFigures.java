package io.groupbuy.bench;

import io.groupbuy.testing.telegram.RecordedCall;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The figures of one load phase, computed from the inbox rows, the bot's /metrics and the fake's call log. */
final class LoadFigures {
    private static final double FAKE_GLOBAL_LIMIT = 30.0;
    private static final double BOT_GLOBAL_LIMIT = 25.0;

    final String kind;
    final LoadBench.Phase phase;
    double handledPerSecond;
    double burstPerSecond = Double.NaN;
    double sendsPerSecond;
    int tooManyRequests;
    double heapMaxMb = Double.NaN;
    double heapAvgMb = Double.NaN;
    double oldGenMaxMb = Double.NaN;
    double rssMaxMb;
    Percentiles delivery;
    Percentiles handlingAll;
    Percentiles handlingAnswered;
    Percentiles handlingQuiet;
    final Map<String, String> botMetrics = new TreeMap<>();
    final Map<String, Long> states = new TreeMap<>();
    long missing;

    private LoadFigures(String kind, LoadBench.Phase phase) {
        this.kind = kind;
        this.phase = phase;
    }

    static LoadFigures ofBot(LoadTarget target, LoadBench.Phase p) throws SQLException {
        LoadFigures f = new LoadFigures("bot", p);
        Map<Long, InboxStats.Row> rows = InboxStats.rows(target.db);
        rows.values().forEach(r -> f.states.merge(r.state(), 1L, Long::sum));
        f.handledPerSecond = rows.values().stream().filter(r -> !r.state().equals("PENDING")
                && r.updatedAt() >= p.t0() && r.updatedAt() < p.t1()).count() / p.seconds();
        long[] delivery = new long[p.run().size];
        long[][] handling = new long[3][p.run().size];
        int[] n = new int[3];
        int d = 0;
        for (int i = 0; i < p.run().size; i++) {
            InboxStats.Row r = rows.get(p.run().updateIds[i]);
            if (r == null) {
                f.missing++;
                continue;
            }
            delivery[d++] = r.receivedAt() - p.run().epochMillis[i];
            if (r.state().equals("DONE")) {
                boolean quiet = p.run().kinds[i] == ActionPicker.Kind.CHATTER.ordinal();
                long took = r.updatedAt() - r.receivedAt();
                handling[0][n[0]++] = took;
                int k = quiet ? 2 : 1;
                handling[k][n[k]++] = took;
            }
        }
        f.delivery = Percentiles.of(java.util.Arrays.copyOf(delivery, d));
        f.handlingAll = Percentiles.of(java.util.Arrays.copyOf(handling[0], n[0]));
        f.handlingAnswered = Percentiles.of(java.util.Arrays.copyOf(handling[1], n[1]));
        f.handlingQuiet = Percentiles.of(java.util.Arrays.copyOf(handling[2], n[2]));
        if (p.burst() != null && p.burstDone()) {
            long last = 0;
            for (int i = 0; i < p.burst().size; i++) {
                InboxStats.Row r = rows.get(p.burst().updateIds[i]);
                last = Math.max(last, r == null ? 0 : r.updatedAt());
            }
            f.burstPerSecond = p.burst().size / ((last - p.burst().epochMillis[0]) / 1000.0);
        }
        f.common(target);
        f.histograms(p.before(), p.after());
        return f;
    }

    static LoadFigures ofEcho(LoadTarget target, LoadBench.Phase p) {
        LoadFigures f = new LoadFigures("echo", p);
        List<RecordedCall> echoes = target.fake.calls("sendMessage");
        f.handledPerSecond = echoes.stream().filter(c -> c.at().toEpochMilli() >= p.t0()
                && c.at().toEpochMilli() < p.t1()).count() / p.seconds();
        if (p.burst() != null && p.burstDone()) {
            long last = echoes.get(echoes.size() - 1).at().toEpochMilli();
            f.burstPerSecond = p.burst().size / ((last - p.burst().epochMillis[0]) / 1000.0);
        }
        f.common(target);
        return f;
    }

    private void common(LoadTarget target) {
        List<RecordedCall> calls = target.fake.calls();
        sendsPerSecond = LoadBench.acceptedSends(calls, phase.t0(), phase.t1()) / phase.seconds();
        tooManyRequests = target.fake.tooManyRequestsCount();
        List<ResourceSampler.Sample> s = phase.samples();
        rssMaxMb = s.stream().mapToLong(ResourceSampler.Sample::rss).max().orElse(-1) / 1048576.0;
        if (kind.equals("bot")) {
            heapMaxMb = s.stream().mapToDouble(ResourceSampler.Sample::heapUsed).max().orElse(-1) / 1048576.0;
            heapAvgMb = s.stream().mapToDouble(ResourceSampler.Sample::heapUsed).average().orElse(-1) / 1048576.0;
            oldGenMaxMb = s.stream().mapToDouble(ResourceSampler.Sample::oldGen).max().orElse(-1) / 1048576.0;
            botMetrics.put("outbound queue at end of window", String.format("%.0f",
                    s.isEmpty() ? Double.NaN : s.get(s.size() - 1).outboundQueued()));
        }
    }

    private void histograms(PromMetrics before, PromMetrics after) {
        Predicate<Map<String, String>> telegram = PromMetrics.label("channel", "telegram");
        botMetrics.put("received → first reply queued, without PandaPon time (overhead)",
                quantiles(before, after, "groupbuy_update_overhead_seconds", telegram));
        botMetrics.put("received → first reply queued, PandaPon time included",
                quantiles(before, after, "groupbuy_update_reply_queued_seconds", telegram));
        botMetrics.put("received → first reply delivered (rate-limit waits included; buckets end at 30 s)",
                quantiles(before, after, "groupbuy_update_handling_seconds", telegram));
        botMetrics.put("PandaPon calls (injected latency)",
                quantiles(before, after, "groupbuy_pandapon_calls_seconds", l -> true));
        double secs = phase.seconds();
        botMetrics.put("updates received (metric)", String.format("%.1f/s", delta(before, after,
                "groupbuy_updates_received_total", telegram) / secs));
        botMetrics.put("outbound messages (bot's count)", String.format("%.1f/s", delta(before, after,
                "groupbuy_outbound_messages_total", telegram) / secs));
        botMetrics.put("replies dropped (over 20 waiting in a chat or 4,000 in all)", String.format("%.0f", delta(before, after,
                "groupbuy_outbound_dropped_total", telegram)));
        botMetrics.put("429 seen by the bot", String.format("%.0f", delta(before, after,
                "groupbuy_outbound_rate_limited_total", telegram)));
    }

    private static double delta(PromMetrics before, PromMetrics after, String name,
                                Predicate<Map<String, String>> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static String quantiles(PromMetrics before, PromMetrics after, String histogram,
                                    Predicate<Map<String, String>> labels) {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%.0f)",
                1000 * PromMetrics.quantile(before, after, histogram, labels, 0.50),
                1000 * PromMetrics.quantile(before, after, histogram, labels, 0.95),
                1000 * PromMetrics.quantile(before, after, histogram, labels, 0.99),
                PromMetrics.count(before, after, histogram, labels));
    }

    void print(Report r, String title) {
        OpenLoopDriver.Pushed run = phase.run();
        r.line("== %s", title);
        r.line("pushed in the window: %d updates in %.1f s = %.1f/s (schedule fell behind by at most %d ms); kinds %s",
                run.size, run.seconds(), run.rate(), run.behindMax, run.byKind);
        r.line("handled: %.1f updates/s in the window%s", handledPerSecond, kind.equals("bot")
                ? " (inbox rows finished in it)" : " (echo sendMessage calls in it)");
        if (!Double.isNaN(burstPerSecond)) {
            r.line("burst: %d updates pushed at %.0f/s, all handled at %.1f updates/s (first push → last finished)",
                    phase.burst().size, phase.burst().rate(), burstPerSecond);
        }
        r.line("outbound accepted by the fake: %.1f msgs/s = %.0f %% of the fake's %.0f/s (%.0f %% of the bot's own"
                + " %.0f/s); 429 answers: %d", sendsPerSecond, 100 * sendsPerSecond / FAKE_GLOBAL_LIMIT,
                FAKE_GLOBAL_LIMIT, 100 * sendsPerSecond / BOT_GLOBAL_LIMIT, BOT_GLOBAL_LIMIT, tooManyRequests);
        r.line("CPU %.0f %% of one core (2 cores); RSS max %.0f MB%s", phase.cpuPercent(), rssMaxMb,
                kind.equals("bot") ? String.format("; heap used max %.0f MB, mean %.0f MB, old generation max %.0f MB",
                        heapMaxMb, heapAvgMb, oldGenMaxMb)
                        : "");
        if (kind.equals("bot")) {
            r.line("fake push → recorded by the bot (poll delivery): %s", delivery.ms());
            r.line("recorded → done, every update: %s", handlingAll.ms());
            r.line("recorded → done, answered updates: %s", handlingAnswered.ms());
            r.line("recorded → done, chatter (no answer): %s", handlingQuiet.ms());
            botMetrics.forEach((k, v) -> r.line("%s: %s", k, v));
            r.line("inbox at the end of the phase: %s; pushed updates missing from it: %d", states, missing);
        }
    }

    static void compare(Report r, LoadFigures ours, LoadFigures echo, double rate) {
        r.line("== summary");
        r.line("target ≥ 500 updates/s sustained: %.1f/s handled at %.0f/s offered", ours.handledPerSecond, rate);
        r.line("target p99 overhead ≤ 50 ms: %s", ours.botMetrics.get(
                "received → first reply queued, without PandaPon time (overhead)"));
        r.line("target outbound ≥ 95 %% of the allowed rate, zero 429: %.1f msgs/s = %.0f %% of 30/s,"
                + " %.0f %% of 25/s; 429: %d", ours.sendsPerSecond, 100 * ours.sendsPerSecond / FAKE_GLOBAL_LIMIT,
                100 * ours.sendsPerSecond / BOT_GLOBAL_LIMIT, ours.tooManyRequests);
        r.line("target heap ≤ 256 MB: max %.0f MB used (mean %.0f MB, old generation max %.0f MB) under -Xmx256m",
                ours.heapMaxMb, ours.heapAvgMb, ours.oldGenMaxMb);
        if (echo != null) {
            r.line("throughput ratio (sustained, same offered rate): %.1f / %.1f = %.2f", ours.handledPerSecond,
                    echo.handledPerSecond, ours.handledPerSecond / echo.handledPerSecond);
            r.line("throughput ratio (burst capacity): %.1f / %.1f = %.2f", ours.burstPerSecond, echo.burstPerSecond,
                    ours.burstPerSecond / echo.burstPerSecond);
        }
    }
}
