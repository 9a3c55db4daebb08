package io.groupbuy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as an operator runs it: a separate JVM, configured by environment variables only. */
class MainProcessTest {
    @TempDir
    Path dir;

    /** A finished run of the CLI. */
    record Run(int exit, String out, String err) {
    }

    private ProcessBuilder java(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dlogback.configurationFile=logback.xml", // the production logging, as the jar has
                "-cp", System.getProperty("java.class.path"), "io.groupbuy.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("BOT_") || k.startsWith("TELEGRAM_")
                || k.startsWith("LINE_") || k.startsWith("PANDAPON_"));
        pb.environment().putAll(env);
        return pb;
    }

    private Run run(Map<String, String> env, Duration timeout, String... args) throws Exception {
        Process p = java(env, args).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish within " + timeout.toSeconds() + " s");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void helpListsTheCommandsOfTheOperatorContract() throws Exception {
        Run r = run(Map.of(), Duration.ofSeconds(30), "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("run", "demo", "parse-link [--offline] TEXT", "sandbox", "migrate");
    }

    @Test
    void brokenConfigurationIsAClearErrorNamingTheKey() throws Exception {
        Run r = run(Map.of("BOT_HTTP_PORT", "eighty"), Duration.ofSeconds(30), "run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Configuration error", "BOT_HTTP_PORT");
        Run unknown = run(Map.of(), Duration.ofSeconds(30), "fly");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown command: fly");
    }

    @Test
    void migrateCreatesTheDatabaseAndExits() throws Exception {
        Run r = run(Map.of("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("data/bot.db")), Duration.ofSeconds(60),
                "migrate");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("schema version");
        assertThat(dir.resolve("data/bot.db")).exists();
        Run again = run(Map.of("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("data/bot.db")), Duration.ofSeconds(60),
                "migrate");
        assertThat(again.out()).contains("0 migration(s) applied");
    }

    @Test
    void theDemoPlaysAWholeGroupBuyAndExitsZero() throws Exception {
        long started = System.nanoTime();
        Run r = run(Map.of(), Duration.ofSeconds(120), "demo");
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Alice: 【淘宝】", "Bob: This one please: https://detail.tmall.com",
                "https://detail.1688.com/offer/706627393257", "results for your photo", "Confirm & pay",
                "the seller has shipped", "the seller changed the price", "Demo finished");
        System.out.println("demo took " + seconds + " s");
        Run thai = run(Map.of(), Duration.ofSeconds(120), "demo", "--lang", "th");
        assertThat(thai.exit()).as(thai.err()).isZero();
        assertThat(thai.out()).contains("ค่ะ");
    }

    @Test
    void runStartsInSandboxModeAnswersHealthAndStopsGracefullyOnSigterm() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("BOT_HTTP_PORT", Integer.toString(port), "PANDAPON_SANDBOX_PORT",
                Integer.toString(freePort()), "BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db"));
        Process p = java(env, "run").redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            HttpResponse<String> health = awaitHealth(port, Duration.ofSeconds(60));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"mode\":\"sandbox\"", "\"ready\":true", "playground");
            String log = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
            assertThat(log).contains("SANDBOX", "channels: playground", "database: jdbc:sqlite:",
                    "HTTP server on", "PandaPon callback URL");
            assertThat(get(port, "/playground").statusCode()).isEqualTo(200);
            assertThat(get(port, "/metrics").body()).contains("groupbuy_orders", "jvm_memory_used_bytes");
        } finally {
            p.destroy(); // SIGTERM
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("groupbuy-bot stopped");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsAClearErrorAtStart() throws Exception {
        Files.writeString(dir.resolve("not-a-dir"), "x");
        Run r = run(Map.of("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("not-a-dir/bot.db"), "BOT_HTTP_PORT",
                Integer.toString(freePort()), "PANDAPON_SANDBOX_PORT", Integer.toString(freePort())),
                Duration.ofSeconds(60), "run");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).containsIgnoringCase("database");
        assertThat(r.err()).doesNotContain("\tat io.groupbuy");
    }

    private static HttpResponse<String> awaitHealth(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return get(port, "/healthz");
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
