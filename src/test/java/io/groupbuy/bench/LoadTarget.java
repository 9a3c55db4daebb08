package io.groupbuy.bench;

import io.groupbuy.testing.telegram.FloodLimits;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a load phase runs against: a fresh Telegram fake with Telegram's flood limits enforced, and either
 * the bot jar (sandbox mode, its own SQLite file, random PandaPon latency injected once it is up) or the
 * echo baseline, each as its own JVM.
 */
final class LoadTarget implements AutoCloseable {
    enum Kind { BOT, ECHO }

    final Kind kind;
    final TelegramBotApiFake fake;
    final BotProcess process;
    final Path db;
    final Path dir;

    private LoadTarget(Kind kind, TelegramBotApiFake fake, BotProcess process, Path db, Path dir) {
        this.kind = kind;
        this.fake = fake;
        this.process = process;
        this.db = db;
        this.dir = dir;
    }

    /** Starts the bot jar as an operator would, with the sandbox's latency set to {@code latencyMs} ("50-300"). */
    static LoadTarget bot(Path dir, Path jar, List<String> jvmOptions, String logLevel, String latencyMs) {
        TelegramBotApiFake fake = startFake();
        int http = BenchHttp.freePort();
        int sandboxPort = BenchHttp.freePort();
        Path db = dir.resolve("bot.db");
        BotProcess process = BotProcess.start(BotProcess.javaJar(jvmOptions, jar), Map.of(
                "TELEGRAM_BOT_TOKEN", fake.token(), "TELEGRAM_API_URL", fake.baseUrl(),
                "BOT_DB_URL", "jdbc:sqlite:" + db, "BOT_HTTP_PORT", Integer.toString(http),
                "BOT_HTTP_HOST", "127.0.0.1", "PANDAPON_SANDBOX_PORT", Integer.toString(sandboxPort),
                "BOT_LOG_LEVEL", logLevel), dir, dir.resolve("bot.log"), http);
        LoadTarget target = new LoadTarget(Kind.BOT, fake, process, db, dir);
        try {
            process.awaitReady(Duration.ofSeconds(120));
            String[] range = latencyMs.split("-");
            BenchHttp.postOk("http://127.0.0.1:" + sandboxPort + "/sandbox/admin/faults",
                    "{\"endpoint\":\"*\",\"kind\":\"LATENCY\",\"latencyMs\":" + range[0].trim() + ",\"latencyMaxMs\":"
                            + range[range.length - 1].trim() + ",\"count\":0}");
            return target;
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    /** Starts the TelegramBots echo bot with the bot jar (which carries TelegramBots) and our test classes. */
    static LoadTarget echo(Path dir, Path jar, List<String> jvmOptions) {
        TelegramBotApiFake fake = startFake();
        List<String> command = new java.util.ArrayList<>();
        command.add(BotProcess.javaBinary());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(Path.of("target/test-classes").toAbsolutePath() + java.io.File.pathSeparator
                + jar.toAbsolutePath());
        command.add(EchoBot.class.getName());
        BotProcess process = BotProcess.start(command, Map.of("TELEGRAM_BOT_TOKEN", fake.token(),
                "TELEGRAM_API_URL", fake.baseUrl()), dir, dir.resolve("echo.log"), 0);
        LoadTarget target = new LoadTarget(Kind.ECHO, fake, process, null, dir);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (fake.calls("getUpdates").isEmpty()) {
            if (!process.alive() || System.nanoTime() > deadline) {
                target.close();
                throw new IllegalStateException("the echo bot did not start polling; see " + process.log());
            }
            BotProcess.sleep(100);
        }
        return target;
    }

    private static TelegramBotApiFake startFake() {
        return TelegramBotApiFake.builder().floodLimits(FloodLimits.telegramDefaults()).enforceLimits(true).start();
    }

    /** Updates of this run finished by the target: inbox rows DONE/FAILED/UNMATCHED (bot), texts echoed (echo). */
    long finished() {
        if (kind == Kind.ECHO) {
            return fake.calls("sendMessage").size();
        }
        try {
            return InboxStats.states(db).entrySet().stream().filter(e -> !e.getKey().equals("PENDING"))
                    .mapToLong(Map.Entry::getValue).sum();
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Waits until the fake handed out every update and the bot's inbox holds {@code expected} finished ones. */
    static boolean awaitFinishedInbox(TelegramBotApiFake fake, Path db, long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                long finished = InboxStats.states(db).entrySet().stream()
                        .filter(e -> !e.getKey().equals("PENDING")).mapToLong(Map.Entry::getValue).sum();
                if (fake.pendingUpdateCount() == 0 && finished >= expected) {
                    return true;
                }
            } catch (SQLException e) {
                // the bot is between a kill and a restart, or busy: look again
            }
            BotProcess.sleep(200);
        }
        return false;
    }

    /** Waits until the fake has handed out every update and the target finished {@code expected}; false on timeout. */
    boolean awaitFinished(long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (fake.pendingUpdateCount() == 0 && finished() >= expected) {
                return true;
            }
            BotProcess.sleep(200);
        }
        return false;
    }

    static Path newDir(Path base, String name) {
        try {
            return Files.createDirectories(base.toAbsolutePath().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            process.close();
        } finally {
            fake.close();
        }
    }
}
