package io.groupbuy.bench;

import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.LineApiFake;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.telegram.ChatMemberStatus;
import io.groupbuy.testing.telegram.InlineButton;
import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bot jar as its own process, in sandbox mode with Telegram (webhook mode) and LINE both on
 * against their fakes, and generated requests to every route it serves. Afterwards: the process is
 * alive and healthy, its log is read for ERROR lines and stack traces, the store is read for admins,
 * checkouts and orders nobody permitted, and for any trace of a forged request; then it is stopped.
 */
final class HttpFuzz {
    private static final int LINE_GROUPS = 6;
    private static final int TELEGRAM_CHATS = 6;
    private static final int MEMBERS = 5;

    private HttpFuzz() {
    }

    static boolean run(int n, long seed, Path out) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/groupbuy-bot.jar"));
        if (!Files.exists(jar)) {
            System.out.println("\n== HTTP: " + jar + " is missing; run mvn -B -q package -DskipTests first");
            return false;
        }
        int threads = Integer.getInteger("fuzz.threads", 4);
        Path dir = Files.createTempDirectory("fuzz-http");
        Path logFile = out.resolve("fuzzbench-jar.log");
        try (TelegramBotApiFake tg = TelegramBotApiFake.start();
             LineApiFake line = LineApiFake.start("fuzz-line-channel-token")) {
            JarBot bot = JarBot.start(jar, dir, logFile, Map.ofEntries(
                    Map.entry("TELEGRAM_BOT_TOKEN", tg.token()), Map.entry("TELEGRAM_API_URL", tg.baseUrl()),
                    Map.entry("TELEGRAM_MODE", "webhook"),
                    Map.entry("TELEGRAM_WEBHOOK_SECRET", HttpFuzzRequests.TELEGRAM_SECRET),
                    Map.entry("LINE_CHANNEL_SECRET", HttpFuzzRequests.LINE_SECRET),
                    Map.entry("LINE_CHANNEL_TOKEN", "fuzz-line-channel-token"),
                    Map.entry("LINE_API_URL", line.baseUrl()), Map.entry("LINE_DATA_API_URL", line.dataBaseUrl()),
                    Map.entry("PANDAPON_CALLBACK_TOKEN", HttpFuzzRequests.CALLBACK_TOKEN),
                    Map.entry("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db")),
                    Map.entry("BOT_HTTP_PORT", Integer.toString(freePort()))));
            try {
                Audience audience = setUp(bot, tg, line);
                System.out.printf("%n== HTTP: %,d requests from %d clients to the bot jar (pid %d; sandbox mode, Telegram"
                        + " webhook and LINE on, against their fakes); log: %s%n", n, threads, bot.pid(), logFile);
                HttpFuzzTally tally = new HttpFuzzTally();
                long start = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                AtomicInteger left = new AtomicInteger(n);
                List<Future<?>> all = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    HttpFuzzRequests gen = new HttpFuzzRequests(new Random(seed + t), LineWebhooks.forFake(line),
                            audience, FuzzWorld.PRODUCT_IDS);
                    all.add(pool.submit(() -> {
                        while (left.getAndDecrement() > 0) {
                            tally.add(bot.send(gen.next()));
                            if (left.get() % 500 == 0) {
                                audience.harvest(tg, line);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
                pool.shutdown();
                long millis = (System.nanoTime() - start) / 1_000_000;
                return report(tally, millis, bot, audience, tg, line, dir);
            } finally {
                bot.stop();
                InProcessBot.deleteTree(dir);
            }
        }
    }

    private static boolean report(HttpFuzzTally tally, long millis, JarBot bot, Audience audience,
                                  TelegramBotApiFake tg, LineApiFake line, Path dir) throws Exception {
        System.out.printf("  %,d requests in %.1f s: %,.0f requests/s%n", tally.total(), millis / 1000.0,
                tally.total() * 1000.0 / millis);
        tally.print();
        DbInspector db = new DbInspector(dir.resolve("bot.db"));
        int pending = awaitInboxDrained(db); // Telegram answers are paced at 20 a minute per group: a backlog stays
        boolean alive = bot.alive();
        String health = bot.health();
        JarBot.LogCounts logs = bot.logCounts();
        int forgedInInbox = db.one("SELECT COUNT(*) FROM inbox WHERE payload LIKE '%" + HttpFuzzRequests.FORGED + "%'");
        long forgedDelivered = line.delivered().stream().filter(d -> String.valueOf(d.text())
                .contains(HttpFuzzRequests.FORGED)).count() + audience.telegramChats().stream()
                .flatMap(c -> tg.sentMessages(c).stream()).filter(m -> String.valueOf(m.plainText())
                        .contains(HttpFuzzRequests.FORGED)).count();
        List<String> admins = db.strings("SELECT user_key FROM chat_admins WHERE chat_key NOT LIKE 'playground:%'");
        List<String> strangers = admins.stream().filter(a -> !audience.lineAdmins().contains(a)).toList();
        int checkouts = db.one("SELECT COUNT(*) FROM checkouts WHERE chat_key NOT LIKE 'playground:%'");
        int orders = db.one("SELECT COUNT(*) FROM orders WHERE chat_key NOT LIKE 'playground:%'");
        Map<String, Integer> inbox = db.counts("SELECT source || ' ' || state, COUNT(*) FROM inbox GROUP BY 1");
        System.out.println("  after the run: process alive " + alive + ", /healthz " + health.substring(0,
                Math.min(health.length(), 60)) + "…, inbox " + inbox
                + (pending > 0 ? " (" + pending + " still pending after 90 s)" : ""));
        System.out.println("  forged requests processed: " + forgedInInbox + " in the inbox, " + forgedDelivered
                + " answers carrying their marker");
        System.out.println("  named admins outside the playground: " + admins.size() + " (all designated: "
                + strangers.isEmpty() + (strangers.isEmpty() ? "" : ", strangers " + strangers) + "); checkouts "
                + checkouts + ", orders " + orders + " (nobody but the silent admins could start one)");
        int exit = bot.stop();
        JarBot.LogCounts end = bot.logCounts();
        String integrity = db.integrity();
        System.out.println("  log of the jar: " + end.summary());
        end.errorShapes().forEach((k, v) -> System.out.println("    ERROR x" + v + ": " + k));
        Map<String, Integer> warnings = new java.util.TreeMap<>();
        end.warnShapes().forEach((k, v) -> warnings.merge(k.length() > 90 ? k.substring(0, 90) + "…" : k, v,
                Integer::sum));
        warnings.forEach((k, v) -> System.out.println("    WARN  x" + v + ": " + k));
        System.out.println("  stopped with SIGTERM: exit code " + exit + " (143 = ended by SIGTERM after the graceful"
                + " stop ran); integrity_check: " + integrity);
        return alive && health.startsWith("200") && tally.serverErrors() == 0 && tally.forgedAccepted() == 0
                && forgedInInbox == 0 && forgedDelivered == 0 && strangers.isEmpty() && checkouts == 0 && orders == 0
                && end.errors() == 0 && end.stackTraces() == 0 && (exit == 0 || exit == 143) && "ok".equals(integrity)
                && logs.errors() == end.errors();
    }

    private static int awaitInboxDrained(DbInspector db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int pending = db.one("SELECT COUNT(*) FROM inbox WHERE state = 'PENDING'");
        while (pending > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            pending = db.one("SELECT COUNT(*) FROM inbox WHERE state = 'PENDING'");
        }
        return pending;
    }

    /** Designated admins name themselves first (LINE: /setup; Telegram: the group's administrators). */
    private static Audience setUp(JarBot bot, TelegramBotApiFake tg, LineApiFake line) throws Exception {
        Audience a = new Audience();
        LineWebhooks hooks = LineWebhooks.forFake(line);
        for (int g = 0; g < LINE_GROUPS; g++) {
            String group = String.format("C%032x", 0xf00d00L + g);
            String admin = String.format("U%032x", 0xad0000L + g);
            a.lineGroups.add(group);
            a.lineAdmins.add("line:" + admin);
            line.registerGroup(group, "Fuzz group " + g);
            byte[] setup = hooks.body(hooks.text(LineSource.group(group, admin), "/setup"));
            JarBot.Answer answer = bot.send(new HttpFuzzRequests.Request("setup", false, "POST", "/line/webhook",
                    Map.of("x-line-signature", LineWebhooks.sign(HttpFuzzRequests.LINE_SECRET, setup)), setup));
            if (answer.status() != 200) {
                throw new IllegalStateException("the admin's /setup was refused: " + answer);
            }
        }
        awaitSetUp(bot, a.lineAdmins.size());
        for (int m = 0; m < MEMBERS; m++) {
            a.lineMembers.add(String.format("U%032x", 0xbe0000L + m));
        }
        for (int c = 0; c < TELEGRAM_CHATS; c++) {
            long chat = -1_002_000_000_000L - c;
            a.telegramChats.add(chat);
            tg.addChat(chat, "supergroup", "Fuzz group " + c);
            tg.setChatMember(chat, 9_000 + c, "Admin", ChatMemberStatus.ADMINISTRATOR);
            for (int m = 0; m < MEMBERS; m++) {
                tg.setChatMember(chat, 7_000 + m, "Member", ChatMemberStatus.MEMBER);
            }
        }
        for (int m = 0; m < MEMBERS; m++) {
            a.telegramMembers.add(7_000L + m);
        }
        for (int i = 0; i < 3; i++) {
            a.rooms.add(bot.createRoom("Fuzz room " + i));
        }
        return a;
    }

    /** The admins' /setup must be handled before any member speaks, or the first member's /setup would win. */
    private static void awaitSetUp(JarBot bot, int admins) throws InterruptedException {
        DbInspector db = new DbInspector(bot.dbFile());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.one("SELECT COUNT(*) FROM chat_admins") < admins && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Who the signed requests speak as, and the buttons the bot has shown (to replay them anywhere). */
    static final class Audience implements HttpFuzzRequests.Audience {
        final List<String> lineGroups = new ArrayList<>();
        final List<String> lineMembers = new ArrayList<>();
        final List<String> lineAdmins = new ArrayList<>();
        final List<Long> telegramChats = new ArrayList<>();
        final List<Long> telegramMembers = new ArrayList<>();
        final List<String> rooms = new ArrayList<>();
        private volatile List<String> payloads = List.of("none-yet");

        @Override
        public String lineGroup(Random r) {
            return lineGroups.get(r.nextInt(lineGroups.size()));
        }

        @Override
        public String lineMember(Random r) {
            return lineMembers.get(r.nextInt(lineMembers.size()));
        }

        @Override
        public long telegramChat(Random r) {
            return telegramChats.get(r.nextInt(telegramChats.size()));
        }

        @Override
        public long telegramMember(Random r) {
            return telegramMembers.get(r.nextInt(telegramMembers.size()));
        }

        @Override
        public String seenPayload(Random r) {
            List<String> now = payloads;
            return now.get(r.nextInt(now.size()));
        }

        @Override
        public String room(Random r) {
            return r.nextInt(10) == 0 ? "room-" + r.nextInt(1000) : rooms.get(r.nextInt(rooms.size()));
        }

        List<String> lineAdmins() {
            return lineAdmins;
        }

        List<Long> telegramChats() {
            return telegramChats;
        }

        synchronized void harvest(TelegramBotApiFake tg, LineApiFake line) {
            List<String> seen = new ArrayList<>();
            for (Delivered d : line.delivered()) {
                seen.addAll(d.postbackData());
            }
            for (long chat : telegramChats) {
                for (SentMessage m : tg.sentMessages(chat)) {
                    m.inlineKeyboard().forEach(row -> row.stream().map(InlineButton::callbackData)
                            .filter(java.util.Objects::nonNull).forEach(seen::add));
                }
            }
            if (!seen.isEmpty()) {
                payloads = List.copyOf(seen.subList(Math.max(0, seen.size() - 500), seen.size()));
            }
        }
    }
}
