package io.groupbuy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.app.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The playground's JSON API over real HTTP, as its page uses it: members write and press buttons,
 * one long-poll loop reads every room's log. A {@link Turn} is one member action and the bot's
 * answer to it (the first bot line or toast after the member's line, plus whatever came with it).
 */
final class PlaygroundClient implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();

    /** One bot line or toast: its text, its buttons (label to payload), when it was seen. */
    record Answer(String kind, String text, Map<String, String> buttons, long seenNanos) {
    }

    /** A member action and what the bot answered; {@code answers} is empty when nothing came in time. */
    record Turn(String room, String what, long startNanos, List<Answer> answers) {
        boolean answered() {
            return !answers.isEmpty();
        }

        long millis() {
            return answered() ? (answers.get(0).seenNanos() - startNanos) / 1_000_000 : -1;
        }

        String text() {
            return String.join("\n", answers.stream().map(Answer::text).toList());
        }

        /** Buttons of the answer, newest last. */
        Map<String, String> buttons() {
            Map<String, String> all = new java.util.LinkedHashMap<>();
            answers.forEach(a -> all.putAll(a.buttons()));
            return all;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, List<JsonNode>> rooms = new HashMap<>();
    private final Thread poller;
    private volatile boolean running = true;
    private long after;

    PlaygroundClient(String base) {
        this.base = base;
        this.poller = new Thread(this::poll, "playground-poller");
        poller.setDaemon(true);
        poller.start();
    }

    String createRoom(String title) {
        return post("/playground/api/rooms", Map.of("title", title), 201).get("id").asText();
    }

    String addMember(String room, String name, String language, boolean admin) {
        return post("/playground/api/rooms/" + room + "/members",
                Map.of("name", name, "language", language, "admin", admin), 201).get("id").asText();
    }

    Turn say(String room, String member, String text, Duration wait) {
        long start = System.nanoTime();
        JsonNode accepted = post("/playground/api/rooms/" + room + "/messages", Map.of("member", member,
                "text", text), 202);
        return awaitAnswer(room, "say " + text, start, accepted.get("entry").get("seq").asLong(), wait);
    }

    Turn press(String room, String member, String label, String payload, Duration wait) {
        long start = System.nanoTime();
        JsonNode accepted = post("/playground/api/rooms/" + room + "/presses", Map.of("member", member,
                "payload", payload, "label", label), 202);
        return awaitAnswer(room, "press " + label, start, accepted.get("entry").get("seq").asLong(), wait);
    }

    /** Waits for the first bot line or toast after {@code seq}, then a moment for the rest of the answer. */
    private Turn awaitAnswer(String room, String what, long start, long seq, Duration wait) {
        // Order news can land between an action and its answer (a callback while the order is placed).
        Predicate<JsonNode> answer = e -> e.get("seq").asLong() > seq
                && ("bot".equals(e.path("kind").asText()) || "notice".equals(e.path("kind").asText()))
                && !BundleLanguage.shared().isNews(text(e));
        long deadline = System.nanoTime() + wait.toNanos();
        List<Answer> found = new ArrayList<>();
        synchronized (rooms) {
            try {
                while (found.isEmpty() && System.nanoTime() < deadline) {
                    collect(room, answer, found);
                    if (found.isEmpty()) {
                        rooms.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                    }
                }
                if (!found.isEmpty()) {
                    // One reply is appended in one go; a short pause catches the toast and an edit with it.
                    long settle = System.nanoTime() + Duration.ofMillis(300).toNanos();
                    while (System.nanoTime() < settle) {
                        rooms.wait(Math.max(1, (settle - System.nanoTime()) / 1_000_000));
                    }
                    found.clear();
                    collect(room, answer, found);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Turn(room, what, start, found);
    }

    private void collect(String room, Predicate<JsonNode> wanted, List<Answer> into) {
        for (JsonNode e : rooms.getOrDefault(room, List.of())) {
            if (wanted.test(e)) {
                into.add(new Answer(e.path("kind").asText(), text(e), buttons(e.path("message")),
                        e.get("seenNanos").asLong()));
            }
        }
    }

    private void poll() {
        while (running) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/playground/api/events?wait=5&after=" + after)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode body = JSON.readTree(r.body());
                long now = System.nanoTime();
                synchronized (rooms) {
                    after = body.get("latest").asLong();
                    for (JsonNode e : body.get("events")) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("seenNanos", now);
                        List<JsonNode> log = rooms.computeIfAbsent(e.get("room").asText(), k -> new ArrayList<>());
                        log.removeIf(old -> old.get("id").asLong() == e.get("id").asLong());
                        log.add(e);
                    }
                    rooms.notifyAll();
                }
            } catch (IOException e) {
                sleepQuietly(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every text the line shows, joined: segments run together as the page shows them. */
    static String text(JsonNode entry) {
        if (!"bot".equals(entry.path("kind").asText())) {
            return entry.path("text").asText("");
        }
        StringBuilder sb = new StringBuilder();
        appendText(entry.path("message"), sb);
        return sb.toString();
    }

    private static void appendText(JsonNode m, StringBuilder sb) {
        for (JsonNode seg : m.path("text")) {
            sb.append(seg.path("text").asText(""));
        }
        for (String field : List.of("badge", "title", "price", "listPrice", "prompt", "altText", "caption")) {
            if (m.hasNonNull(field)) {
                sb.append('\n').append(m.get(field).asText());
            }
        }
        m.path("details").forEach(d -> sb.append('\n').append(d.asText()));
        m.path("footer").forEach(d -> sb.append('\n').append(d.asText()));
        for (JsonNode s : m.path("sections")) {
            sb.append('\n').append(s.path("heading").asText(""));
            s.path("items").forEach(i -> sb.append('\n').append(i.path("text").asText("")).append(' ')
                    .append(i.path("amount").asText("")).append(' ').append(i.path("note").asText("")));
            sb.append('\n').append(s.path("summary").asText(""));
        }
        m.path("cards").forEach(c -> appendText(c, sb));
        m.path("fallback").forEach(seg -> sb.append(seg.path("text").asText("")));
    }

    static Map<String, String> buttons(JsonNode message) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        collectButtons(message, out);
        return out;
    }

    private static void collectButtons(JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            if (node.hasNonNull("payload") && node.hasNonNull("label")) {
                out.put(node.get("label").asText(), node.get("payload").asText());
            }
            node.forEach(child -> collectButtons(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectButtons(child, out));
        }
    }

    private JsonNode post(String path, Object body, int expected) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
