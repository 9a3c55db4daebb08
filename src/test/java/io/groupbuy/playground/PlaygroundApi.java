package io.groupbuy.playground;

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
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The playground's JSON API as the page uses it, over real HTTP. */
final class PlaygroundApi {
    private static final ObjectMapper JSON = Json.mapper();

    /** An answer: status and the JSON body (a missing node when the body is not JSON). */
    record Answer(int status, JsonNode json, String raw, java.net.http.HttpHeaders headers) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<JsonNode> seen = new ArrayList<>();
    private long after;

    PlaygroundApi(String base) {
        this.base = base;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, Object body) {
        try {
            return postRaw(path, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer postRaw(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(40)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(r.body());
            } catch (IOException notJson) {
                json = JSON.missingNode();
            }
            return new Answer(r.statusCode(), json == null ? JSON.missingNode() : json, r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String createRoom(String title) {
        Answer a = post("/playground/api/rooms", Map.of("title", title));
        check(a, 201);
        return a.json().get("id").asText();
    }

    String addMember(String room, String name, String language, boolean admin) {
        Answer a = post("/playground/api/rooms/" + room + "/members", Map.of("name", name, "language", language,
                "admin", admin));
        check(a, 201);
        return a.json().get("id").asText();
    }

    void say(String room, String member, String text) {
        check(post("/playground/api/rooms/" + room + "/messages", Map.of("member", member, "text", text)), 202);
    }

    void press(String room, String member, JsonNode button) {
        check(post("/playground/api/rooms/" + room + "/presses", Map.of("member", member,
                "payload", button.get("payload").asText(), "label", button.get("label").asText())), 202);
    }

    /** Every log line seen so far, the newest version of each. */
    synchronized List<JsonNode> lines() {
        return List.copyOf(seen);
    }

    /** Long-polls until a line (new or changed) matches, for up to 30 s; returns it. */
    synchronized JsonNode await(String what, Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (JsonNode e : seen) {
            if (wanted.test(e)) {
                return e;
            }
        }
        while (System.nanoTime() < deadline) {
            Answer a = get("/playground/api/events?wait=5&after=" + after);
            check(a, 200);
            after = a.json().get("latest").asLong();
            for (JsonNode e : a.json().get("events")) {
                seen.removeIf(old -> old.get("id").asLong() == e.get("id").asLong());
                seen.add(e);
                if (wanted.test(e)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no " + what + " within 30 s; lines seen:\n" + seen);
    }

    static void check(Answer a, int status) {
        if (a.status() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + a.status() + ": " + a.raw());
        }
    }
}
