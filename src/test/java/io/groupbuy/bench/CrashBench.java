package io.groupbuy.bench;

import io.groupbuy.testing.telegram.FloodLimits;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The crash benchmark: members of 120 groups shop and check out while the bot jar is killed with SIGKILL at
 * random moments (half of them within 0.6 s after an admin pressed Confirm) and started
 * again on the same SQLite file, at least 20 times. PandaPon is the sandbox in a process of its own (its
 * orders survive the bot's kills); the bot talks to it in live mode. At the end, after a clean stop, the
 * database, the sandbox's counters and the Telegram fake are checked against a replay of what the members
 * did (CrashVerifier).
 *
 * <pre>
 * mvn -B -q package -DskipTests &amp;&amp; mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.groupbuy.bench.CrashBench -Dexec.args="--chats 120 --kills 24 --seconds 300"
 * </pre>
 */
public final class CrashBench {
    /** Seeded catalog items the members buy (Taobao, Tmall, 1688); their stock is raised so none runs out. */
    static final List<String> PRODUCTS = List.of("TAOBAO:712345678901", "TAOBAO:698765432109",
            "TAOBAO:745120983366", "TAOBAO:701938475620", "TMALL:600126245031", "TMALL:678812039456",
            "ALIBABA:706627393257", "ALIBABA:889512351602", "ALIBABA:657730219846", "ALIBABA:728390145562");

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions o = new BenchOptions(BenchOptions.split(args), Map.ofEntries(
                Map.entry("chats", "120"), Map.entry("order-chats", "40"), Map.entry("members", "5"),
                Map.entry("rate", "50"), Map.entry("seconds", "300"), Map.entry("kills", "24"),
                Map.entry("latency", "50-300"), Map.entry("seed", "7"),
                Map.entry("bot-jvm", "-Xmx256m,-XX:+ExitOnOutOfMemoryError"), Map.entry("log-level", "INFO"),
                Map.entry("jar", "target/groupbuy-bot.jar"), Map.entry("dir", "target/bench")), Set.of());
        Path dir = LoadTarget.newDir(Path.of(o.text("dir")), "crash-" + System.currentTimeMillis());
        Report report = new Report(dir.resolve("report.txt"));
        report.line("CrashBench %s", o.describe());
        report.machine();
        Path jar = Path.of(o.text("jar")).toAbsolutePath();
        List<String> jvm = Arrays.asList(o.text("bot-jvm").split(","));
        int sandboxPort = BenchHttp.freePort();
        int http = BenchHttp.freePort();
        String sandbox = "http://127.0.0.1:" + sandboxPort;
        String callbackToken = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (BotProcess pandapon = BotProcess.start(BotProcess.javaJar(jvm, jar, "sandbox"), Map.of(
                "PANDAPON_SANDBOX_PORT", Integer.toString(sandboxPort), "BOT_HTTP_HOST", "127.0.0.1"), dir,
                dir.resolve("sandbox.log"), sandboxPort);
             TelegramBotApiFake fake = TelegramBotApiFake.builder().floodLimits(FloodLimits.telegramDefaults())
                     .enforceLimits(true).start()) {
            awaitSandbox(sandbox, pandapon);
            prepareSandbox(sandbox, http, callbackToken, o.text("latency"));
            Map<String, String> env = Map.ofEntries(Map.entry("TELEGRAM_BOT_TOKEN", fake.token()),
                    Map.entry("TELEGRAM_API_URL", fake.baseUrl()),
                    Map.entry("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db")),
                    Map.entry("BOT_HTTP_PORT", Integer.toString(http)), Map.entry("BOT_HTTP_HOST", "127.0.0.1"),
                    Map.entry("PANDAPON_BASE_URL", sandbox), Map.entry("PANDAPON_ACCESS_KEY", "sandbox-access-key"),
                    Map.entry("PANDAPON_SECRET_KEY", "sandbox-secret-not-real"),
                    Map.entry("PANDAPON_USER_ID", "sandbox-user-1"),
                    Map.entry("PANDAPON_CALLBACK_TOKEN", callbackToken),
                    Map.entry("BOT_LOG_LEVEL", o.text("log-level")));
            List<String> command = BotProcess.javaJar(jvm, jar);
            BotProcess[] bot = {startBot(command, env, dir, http)};

            List<GroupChats.Group> groups = GroupChats.create(fake, o.integer("chats"), o.integer("members"));
            List<String> links = PRODUCTS.stream().map(p -> ActionPicker.link(p.split(":")[0], p.split(":")[1]))
                    .toList();
            ActionPicker shop = new ActionPicker(ActionPicker.profile("commands"), links, o.longValue("seed"));
            CrashWorkload workload = new CrashWorkload(shop, o.integer("chats") - o.integer("order-chats"),
                    o.longValue("seed"));
            Semaphore confirms = new Semaphore(0);
            workload.onConfirm(confirms::release);
            OpenLoopDriver driver = new OpenLoopDriver(fake, groups, workload, o.longValue("seed"));
            Map<Long, ActionPicker.Action> pushed = new ConcurrentHashMap<>();
            driver.listener(pushed::put);
            OpenLoopDriver.Pushed[] result = new OpenLoopDriver.Pushed[1];
            Thread members = new Thread(() -> result[0] = driver.run(o.number("rate"), o.number("seconds")),
                    "members");
            long started = System.currentTimeMillis();
            members.start();

            List<Kill> kills = killLoop(o, bot, command, env, dir, http, confirms, started, report);
            members.join();
            report.line("members pushed %d updates in %.0f s (%.1f/s); %d kills; load average %s", result[0].size,
                    result[0].seconds(), result[0].rate(), kills.size(), Report.loadAverage());
            LoadTarget.awaitFinishedInbox(fake, dir.resolve("bot.db"), pushed.size(), Duration.ofMinutes(3));
            awaitQuietOutbound(fake, Duration.ofMinutes(3)); // replies, news and order settlement after the last update
            int exit = bot[0].stop(Duration.ofSeconds(60));
            String log = java.nio.file.Files.readString(dir.resolve("bot.log"));
            report.line("clean stop (SIGTERM): exit code %d, %s", exit, log.strip().endsWith("groupbuy-bot stopped")
                    ? "shutdown completed (\"groupbuy-bot stopped\" logged last)" : "NO completed shutdown in the log");
            report.line("Telegram fake: %d messages and edits accepted, %d answered 429 (a restarted bot does not know"
                    + " what the killed one sent in the last minute)", LoadBench.acceptedSends(fake.calls(), 0,
                    Long.MAX_VALUE), fake.tooManyRequestsCount());
            new CrashVerifier(report, dir.resolve("bot.db"), fake, sandbox, groups, workload, pushed, kills).verify();
        }
    }

    /** What a kill found in the database: the bot is dead, so this is what the restart starts from. */
    record Kill(long atMillis, boolean afterConfirm, long downMillis, CrashData.AfterKill found) {
    }

    private static List<Kill> killLoop(BenchOptions o, BotProcess[] bot, List<String> command, Map<String, String> env,
                                       Path dir, int http, Semaphore confirms, long started, Report report)
            throws Exception {
        List<Kill> kills = new ArrayList<>();
        Random random = new Random(o.longValue("seed"));
        int count = o.integer("kills");
        long slot = (long) (o.number("seconds") * 1000 / count);
        for (int k = 0; k < count; k++) {
            long slotEnd = started + (k + 1) * slot;
            boolean targeted = k % 2 == 1;
            confirms.drainPermits();
            if (targeted) {
                long wait = slotEnd - System.currentTimeMillis() - 2_000;
                targeted = wait > 0 && confirms.tryAcquire(wait, TimeUnit.MILLISECONDS);
                BotProcess.sleep(random.nextInt(600));
            } else {
                long wait = Math.max(0, slotEnd - System.currentTimeMillis() - 2_000);
                BotProcess.sleep(wait == 0 ? 0 : (long) (random.nextDouble() * wait));
            }
            long at = System.currentTimeMillis();
            bot[0].kill();
            CrashData.AfterKill found = CrashData.afterKill(dir.resolve("bot.db"));
            bot[0] = startBot(command, env, dir, http);
            long down = System.currentTimeMillis() - at;
            kills.add(new Kill(at, targeted, down, found));
            report.line("kill %2d at %5.1f s%s: %d updates pending (%d with their effect already stored), %d orders"
                    + " placing, %d checkouts in flight; back up after %d ms", k + 1, (at - started) / 1000.0,
                    targeted ? " (after a Confirm)" : "", found.pending(), found.pendingWithEffect(),
                    found.ordersPlacing(), found.checkoutsInFlight(), down);
            BotProcess.sleep(Math.max(0, Math.min(2_000, slotEnd - System.currentTimeMillis())));
        }
        return kills;
    }

    private static BotProcess startBot(List<String> command, Map<String, String> env, Path dir, int http) {
        BotProcess bot = BotProcess.start(command, env, dir, dir.resolve("bot.log"), http);
        bot.awaitReady(Duration.ofSeconds(120));
        return bot;
    }

    private static void awaitSandbox(String sandbox, BotProcess process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (BenchHttp.get(sandbox + "/sandbox/admin/stats").status() != 200) {
            if (!process.alive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the sandbox did not start; see " + process.log());
            }
            BotProcess.sleep(100);
        }
    }

    private static void prepareSandbox(String sandbox, int botPort, String token, String latency) {
        BenchHttp.postOk(sandbox + "/sandbox/admin/callback-url", "{\"url\":\"http://127.0.0.1:" + botPort
                + "/pandapon/callback/" + token + "\"}");
        for (String p : PRODUCTS) {
            BenchHttp.postOk(sandbox + "/sandbox/admin/products/" + p.split(":")[1] + "/stock", "{\"stock\":100000}");
        }
        String[] range = latency.split("-");
        BenchHttp.postOk(sandbox + "/sandbox/admin/faults", "{\"endpoint\":\"*\",\"kind\":\"LATENCY\",\"latencyMs\":"
                + range[0] + ",\"latencyMaxMs\":" + range[range.length - 1] + ",\"count\":0}");
    }

    /**
     * Waits until the bot has sent nothing for 5 s: its replies and news are out, so the clean stop at the
     * end finds no reply queued (one still queued would send its update back to the inbox as pending).
     */
    private static void awaitQuietOutbound(TelegramBotApiFake fake, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        long sent = -1;
        while (System.nanoTime() < deadline) {
            long now = LoadBench.acceptedSends(fake.calls(), 0, Long.MAX_VALUE);
            if (now == sent) {
                return;
            }
            sent = now;
            BotProcess.sleep(5_000);
        }
    }
}
