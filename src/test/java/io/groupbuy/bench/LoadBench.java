package io.groupbuy.bench;

import io.groupbuy.testing.telegram.RecordedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load benchmark: the real bot jar against the Telegram fake (flood limits enforced) and its embedded
 * PandaPon sandbox (random 50–300 ms latency on every call), 1,000 groups of 5 members acting at a fixed
 * rate; then, on a fresh fake, a minimal TelegramBots echo bot with the same stream, as the baseline.
 *
 * <pre>
 * mvn -B -q package -DskipTests &amp;&amp; mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.groupbuy.bench.LoadBench -Dexec.args="--chats 1000 --rate 500 --seconds 180"
 * </pre>
 * What is measured and how: docs/benchmarks/load-and-crash.md.
 */
public final class LoadBench {
    /** A phase's timing: the measured window (epoch ms) and what was pushed in it and around it. */
    record Phase(OpenLoopDriver.Pushed warm, OpenLoopDriver.Pushed run, long t0, long t1, double cpu0, double cpu1,
                 PromMetrics before, PromMetrics after, long drainedAt, OpenLoopDriver.Pushed burst,
                 boolean burstDone, List<ResourceSampler.Sample> samples) {
        double seconds() {
            return (t1 - t0) / 1000.0;
        }

        double cpuPercent() {
            return 100 * (cpu1 - cpu0) / seconds();
        }
    }

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions o = new BenchOptions(BenchOptions.split(args), Map.ofEntries(
                Map.entry("chats", "1000"), Map.entry("members", "5"), Map.entry("rate", "500"),
                Map.entry("seconds", "180"), Map.entry("warmup", "30"), Map.entry("profile", "realistic"),
                Map.entry("mix", ""), Map.entry("products", "300"), Map.entry("latency", "50-300"),
                Map.entry("burst", "20000"), Map.entry("burst-rate", "5000"), Map.entry("seed", "42"),
                Map.entry("bot-jvm", "-Xmx256m,-XX:+ExitOnOutOfMemoryError"), Map.entry("log-level", "INFO"),
                Map.entry("jar", "target/groupbuy-bot.jar"), Map.entry("dir", "target/bench")),
                Set.of("no-baseline"));
        Path dir = LoadTarget.newDir(Path.of(o.text("dir")), "load-" + System.currentTimeMillis());
        Report report = new Report(dir.resolve("report.txt"));
        report.line("LoadBench %s", o.describe());
        report.machine();
        List<String> jvm = Arrays.asList(o.text("bot-jvm").split(","));
        Path jar = Path.of(o.text("jar"));

        LoadFigures ours;
        try (LoadTarget bot = LoadTarget.bot(LoadTarget.newDir(dir, "bot"), jar, jvm, o.text("log-level"),
                o.text("latency"))) {
            Phase phase = drive(bot, o, report);
            // read before the stop: updates whose replies are still queued then go back to pending
            ours = LoadFigures.ofBot(bot, phase);
            bot.process.stop(Duration.ofSeconds(60));
            report.line("inbox after the stop: %s (PENDING: updates whose replies were still queued, answered at the"
                    + " next start)", new java.util.TreeMap<>(InboxStats.states(bot.db)));
        }
        ours.print(report, "groupbuy-bot (jar, SQLite, sandbox mode)");
        LoadFigures echo = null;
        if (!o.flag("no-baseline")) {
            try (LoadTarget baseline = LoadTarget.echo(LoadTarget.newDir(dir, "echo"), jar, jvm)) {
                Phase phase = drive(baseline, o, report);
                baseline.process.stop(Duration.ofSeconds(30));
                echo = LoadFigures.ofEcho(baseline, phase);
            }
            echo.print(report, "baseline: TelegramBots 10.2.0 echo bot (long polling, single-thread consumer)");
        }
        LoadFigures.compare(report, ours, echo, o.number("rate"));
        report.line("load average after: %s; report: %s", Report.loadAverage(), dir.resolve("report.txt"));
    }

    /** Warm-up, the measured window, the inbound drain, then the burst; the same for the bot and the echo. */
    static Phase drive(LoadTarget target, BenchOptions o, Report report) {
        List<GroupChats.Group> groups = GroupChats.create(target.fake, o.integer("chats"), o.integer("members"));
        ActionPicker picker = new ActionPicker(ActionPicker.parseMix(o.text("profile"), o.text("mix")),
                ActionPicker.productLinks(o.integer("products"), o.longValue("seed")), o.longValue("seed"));
        OpenLoopDriver driver = new OpenLoopDriver(target.fake, groups, picker, o.longValue("seed"));
        boolean bot = target.kind == LoadTarget.Kind.BOT;
        try (ResourceSampler sampler = new ResourceSampler(target.process, bot)) {
            report.line("[%s] load average %s; warm-up %s s at %s/s", target.kind, Report.loadAverage(),
                    o.text("warmup"), o.text("rate"));
            OpenLoopDriver.Pushed warm = driver.run(o.number("rate"), o.number("warmup"));
            PromMetrics before = bot ? target.process.metrics() : null;
            double cpu0 = target.process.cpuSeconds();
            long t0 = System.currentTimeMillis();
            OpenLoopDriver.Pushed run = driver.run(o.number("rate"), o.number("seconds"));
            long t1 = System.currentTimeMillis();
            double cpu1 = target.process.cpuSeconds();
            PromMetrics after = bot ? target.process.metrics() : null;
            long pushed = warm.size + run.size;
            boolean drained = target.awaitFinished(pushed, Duration.ofMinutes(3));
            long drainedAt = drained ? System.currentTimeMillis() : -1;
            report.line("[%s] measured %.0f s, pushed %d (%.1f/s); inbound %s", target.kind, (t1 - t0) / 1000.0,
                    run.size, run.rate(), drained ? "drained " + (drainedAt - t1) + " ms after the window"
                            : "NOT drained within 3 min");
            OpenLoopDriver.Pushed burst = null;
            boolean burstDone = false;
            if (o.integer("burst") > 0) {
                burst = driver.run(o.number("burst-rate"), o.integer("burst") / o.number("burst-rate"));
                burstDone = target.awaitFinished(pushed + burst.size, Duration.ofMinutes(5));
                report.line("[%s] burst of %d pushed at %.0f/s, %s", target.kind, burst.size, burst.rate(),
                        burstDone ? "all handled" : "NOT all handled within 5 min");
            }
            return new Phase(warm, run, t0, t1, cpu0, cpu1, before, after, drainedAt, burst, burstDone,
                    sampler.between(t0, t1));
        }
    }

    /** Accepted sends (messages and edits) the fake recorded between two moments. */
    static long acceptedSends(List<RecordedCall> calls, long from, long to) {
        return calls.stream().filter(c -> c.httpStatus() == 200 && SENDS.contains(c.method())
                && !c.at().isBefore(java.time.Instant.ofEpochMilli(from))
                && c.at().isBefore(java.time.Instant.ofEpochMilli(to))).count();
    }

    static final Set<String> SENDS = Set.of("sendMessage", "sendPhoto", "sendDocument", "sendMediaGroup",
            "editMessageText", "editMessageCaption", "editMessageReplyMarkup");
}
