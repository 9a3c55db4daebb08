package io.groupbuy.bench;

import io.groupbuy.app.BotApp;
import io.groupbuy.app.config.BotConfig;
import io.groupbuy.app.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole bot ({@link BotApp}, as {@code run} builds it) in this JVM, configured through the same
 * environment variables an operator sets, on ephemeral ports, with its SQLite file in a temp folder.
 * Its clock can be moved forward, so timers that wait for an age (reconciliation of orders left
 * PLACING for 2 minutes) come due without waiting for real.
 */
final class InProcessBot implements AutoCloseable {
    private final Path dir;
    private final Map<String, String> env;
    private final ShiftableClock clock = new ShiftableClock();
    private BotApp app;

    private InProcessBot(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    /** The settings every run uses; add channels with {@link #with}. */
    static InProcessBot sandbox(String name) {
        try {
            Path dir = Files.createTempDirectory("bench-" + name);
            Map<String, String> env = new LinkedHashMap<>();
            env.put("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db"));
            env.put("BOT_HTTP_PORT", "0");
            env.put("BOT_HTTP_HOST", "127.0.0.1");
            env.put("PANDAPON_SANDBOX_PORT", "0");
            return new InProcessBot(dir, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InProcessBot with(String key, String value) {
        env.put(key, value);
        return this;
    }

    InProcessBot start() {
        BotConfig config = ConfigLoader.load(env, dir);
        app = BotApp.start(config, clock);
        return this;
    }

    BotApp app() {
        return app;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.httpPort();
    }

    Path dbFile() {
        return dir.resolve("bot.db");
    }

    Path dir() {
        return dir;
    }

    ShiftableClock clock() {
        return clock;
    }

    /** GET /healthz as "HTTP status / status field" (e.g. "200 degraded"), or the failure. */
    String healthStatus() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl() + "/healthz")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + io.groupbuy.app.Json.mapper().readTree(r.body()).path("status").asText();
        } catch (IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
            app = null;
        }
        deleteTree(dir);
    }

    /** Removes a temp folder of the bench and everything in it (best effort). */
    static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless
        }
    }

    /** The system clock plus an offset that only ever grows. */
    static final class ShiftableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void shift(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
