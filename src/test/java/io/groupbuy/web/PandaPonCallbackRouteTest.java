package io.groupbuy.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.app.Json;
import io.groupbuy.core.Secret;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.pandapon.PandaPonCallbackParser;
import io.groupbuy.pandapon.PandaPonCallbackReceiver;
import io.groupbuy.testing.InMemoryStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The callback route over real HTTP: token, size, probe, dedupe, answer time. */
class PandaPonCallbackRouteTest {
    private static final String TOKEN = "cb_token_0123456789abcdef";
    private final InMemoryStores tx = new InMemoryStores();
    private final AtomicInteger wakes = new AtomicInteger();
    private final WebServer server = new WebServer();
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @BeforeEach
    void start() {
        PandaPonCallbackRoute.register(server, new PandaPonCallbackReceiver(Secret.of(TOKEN),
                new PandaPonCallbackParser(Json.mapper()), tx, Clock.systemUTC(), wakes::incrementAndGet));
        port = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String token, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pandapon/callback/" + token))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<InboxEvent> recorded() {
        return tx.read(s -> s.inbox().pending(PandaPonCallbackReceiver.SOURCE, 100));
    }

    @Test
    void aMessageIsRecordedOnceAndAnsweredAtOnce() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/fixtures/pandapon/callback-order-status.clone.json"));
        long started = System.nanoTime();
        assertThat(post(TOKEN, body).statusCode()).isEqualTo(200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(post(TOKEN, body).statusCode()).isEqualTo(200); // PandaPon's retry of the same message
        assertThat(recorded()).singleElement().satisfies(e -> assertThat(e.chatKey()).contains("3305075341149134260"));
        assertThat(wakes.get()).isEqualTo(1);
        System.out.println("callback answered in " + millis + " ms");
    }

    @Test
    void aWrongOrMissingTokenLooksLikeNoRoute() throws Exception {
        assertThat(post("wrong_token_0123456789abcd", "{}".getBytes()).statusCode()).isEqualTo(404);
        assertThat(post("", "{}".getBytes()).statusCode()).isEqualTo(404);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void theVerifyProbeGets200AndIsNotRecorded() throws Exception {
        assertThat(post(TOKEN, new byte[0]).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pandapon/callback/"
                + TOKEN)).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void unknownAndUnreadableMessagesAreKeptNotLost() throws Exception {
        assertThat(post(TOKEN, "{\"messageType\":\"NEW_THING\",\"messageBody\":{}}".getBytes()).statusCode())
                .isEqualTo(200);
        assertThat(post(TOKEN, "this is not json".getBytes()).statusCode()).isEqualTo(200);
        assertThat(recorded()).hasSize(2);
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        byte[] big = new byte[PandaPonCallbackReceiver.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(post(TOKEN, big).statusCode()).isEqualTo(413);
        assertThat(recorded()).isEmpty();
    }
}
