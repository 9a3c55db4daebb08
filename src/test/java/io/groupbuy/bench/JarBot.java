package io.groupbuy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** The bot jar running as its own process (the {@code run} command), its output in a log file. */
final class JarBot {
    /** What one request got. */
    record Answer(String category, boolean forged, int status, long millis, String error, int bytes) {
    }

    /** ERROR and WARN lines and stack traces in the log, and what the ERROR/WARN lines said. */
    record LogCounts(int errors, int warnings, int stackTraces, Map<String, Integer> errorShapes,
                     Map<String, Integer> warnShapes) {
        String summary() {
            return errors + " ERROR lines, " + warnings + " WARN lines, " + stackTraces + " stack traces";
        }
    }

    private final Process process;
    private final Path log;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Bodies over the server's limit get their 413 and the connection closed before they are read; on
     * a client of their own, no later request goes out on such a closing connection.
     */
    private final HttpClient oversized = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Integer exit;

    private final Path dbFile;

    private JarBot(Process process, Path log, String base, Path dbFile) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.dbFile = dbFile;
    }

    Path dbFile() {
        return dbFile;
    }

    static JarBot start(Path jar, Path dir, Path log, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().putIfAbsent("BOT_HTTP_HOST", "127.0.0.1");
        pb.environment().putIfAbsent("PANDAPON_SANDBOX_PORT", "0");
        JarBot bot = new JarBot(pb.start(), log, "http://127.0.0.1:" + env.get("BOT_HTTP_PORT"),
                Path.of(env.get("BOT_DB_URL").substring("jdbc:sqlite:".length())));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!bot.health().startsWith("200")) {
            if (!bot.process.isAlive() || System.nanoTime() > deadline) {
                bot.stop();
                throw new IllegalStateException("the bot jar did not become healthy: " + Files.readString(log));
            }
            Thread.sleep(250);
        }
        return bot;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String health() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/healthz"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (IOException e) {
            return "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    String createRoom(String title) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/playground/api/rooms"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("room not created: " + r.statusCode() + " " + r.body());
        }
        return io.groupbuy.app.Json.mapper().readTree(r.body()).get("id").asText();
    }

    Answer send(HttpFuzzRequests.Request r) {
        long start = System.nanoTime();
        int size = r.body() == null ? 0 : r.body().length;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(60))
                    .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            r.headers().forEach(b::header);
            HttpClient client = r.body() != null && r.body().length > 1024 * 1024 ? oversized : http;
            HttpResponse<Void> resp = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
            return new Answer(r.category(), r.forged(), resp.statusCode(), (System.nanoTime() - start) / 1_000_000,
                    null, size);
        } catch (IllegalArgumentException e) {
            return new Answer(r.category(), r.forged(), -2, 0, "not sendable: " + e.getMessage(), size);
        } catch (IOException e) {
            if (size <= HttpFuzzTally.EARLY_REFUSAL_BYTES) {
                // A pooled connection the server closed after an earlier refusal on it (a body it did not
                // read): tried once more on a connection of its own; the answer says it was retried.
                return retried(r, e, start, size);
            }
            return new Answer(r.category(), r.forged(), -1, (System.nanoTime() - start) / 1_000_000, e.toString(),
                    size);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(r.category(), r.forged(), -1, 0, "interrupted", size);
        }
    }

    private Answer retried(HttpFuzzRequests.Request r, IOException first, long start, int size) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(60))
                    .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            r.headers().forEach(b::header);
            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<Void> resp = fresh.send(b.build(), HttpResponse.BodyHandlers.discarding());
            return new Answer(r.category(), r.forged(), resp.statusCode(), (System.nanoTime() - start) / 1_000_000,
                    RETRIED + first.getMessage(), size);
        } catch (IOException e) {
            return new Answer(r.category(), r.forged(), -1, (System.nanoTime() - start) / 1_000_000, e + " (twice; "
                    + r.method() + " " + FaultTally.oneLine(r.path()) + ", " + size + " bytes)", size);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(r.category(), r.forged(), -1, 0, "interrupted", size);
        }
    }

    static final String RETRIED = "retried after: ";

    /** SIGTERM, as an operator stops it; the exit code (after up to 60 s), -1 when it had to be killed. */
    synchronized int stop() throws InterruptedException {
        if (exit != null) {
            return exit;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            exit = -1;
        } else {
            exit = process.exitValue();
        }
        return exit;
    }

    LogCounts logCounts() throws IOException {
        int errors = 0;
        int warnings = 0;
        int traces = 0;
        Map<String, Integer> errorShapes = new TreeMap<>();
        Map<String, Integer> warnShapes = new TreeMap<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        for (String line : lines) {
            if (line.contains(" ERROR ")) {
                errors++;
                errorShapes.merge(shape(line), 1, Integer::sum);
            } else if (line.contains(" WARN ")) {
                warnings++;
                warnShapes.merge(shape(line), 1, Integer::sum);
            } else if (line.startsWith("\tat ")) {
                // counted once per trace below
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\tat ") && (i == 0 || !lines.get(i - 1).startsWith("\tat "))) {
                traces++;
            }
        }
        return new LogCounts(errors, warnings, traces, errorShapes, warnShapes);
    }

    /** The logger and message with numbers, ids and quoted parts blanked. */
    private static String shape(String line) {
        String s = line.replaceFirst("^\\S+ +(ERROR|WARN) +\\[[^]]*] ", "");
        s = s.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>").replaceAll("[UCR][0-9a-f]{32}", "<line-id>")
                .replaceAll("-?\\d+", "N");
        return s.length() > 150 ? s.substring(0, 150) + "…" : s;
    }
}
