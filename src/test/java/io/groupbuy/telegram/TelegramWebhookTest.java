package io.groupbuy.telegram;

import static io.groupbuy.telegram.TelegramTestBed.ALICE;
import static io.groupbuy.telegram.TelegramTestBed.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.core.Secret;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.WebhookAttempt;
import io.groupbuy.web.TelegramWebhookRoute;
import io.groupbuy.web.WebServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook mode end to end: the fake posts updates to our own Javalin route on a real port. */
class TelegramWebhookTest {
    private static final String SECRET = "s3cret_Token-42";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private TelegramTestBed bed;
    private WebServer server;
    private ChatLanes lanes;
    private TelegramChannel channel;
    private String url;
    private final OkHttpClient http = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        bed = new TelegramTestBed();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // routes must exist before the server starts, and setWebhook needs the URL
        }
        url = "http://127.0.0.1:" + port + TelegramWebhookRoute.PATH;
        TelegramSettings settings = TelegramSettings.webhook(Secret.of(bed.fake.token()),
                URI.create(bed.fake.baseUrl()), Secret.of(SECRET), URI.create(url));
        lanes = new ChatLanes("webhook-lane", 4);
        channel = TelegramChannel.create(settings, bed.tx, bed.conversation, lanes, bed.metrics, Clock.systemUTC());
        server = new WebServer();
        TelegramWebhookRoute.register(server, channel.receiver());
        server.start("127.0.0.1", port);
        channel.start();
    }

    @AfterEach
    void stop() {
        channel.close();
        lanes.close();
        server.close();
        bed.close();
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void setWebhookIsCalledWithTheSecretAndUpdatesArriveThroughTheRoute() {
        assertThat(bed.fake.webhookUrl()).isEqualTo(url);
        assertThat(bed.fake.calls("setWebhook").get(0).param("secret_token")).isEqualTo(SECRET);
        assertThat(bed.fake.calls("setWebhook").get(0).param("allowed_updates")).contains("callback_query");

        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "via webhook");

        assertThat(bed.fake.awaitSent(GROUP, 1, WAIT)).extracting(SentMessage::plainText)
                .containsExactly("echo: via webhook");
        Await.until(() -> !bed.fake.webhookAttempts().isEmpty(), () -> "the delivery recorded by the fake");
        assertThat(bed.fake.webhookAttempts()).extracting(WebhookAttempt::httpStatus).containsExactly(200);
        assertThat(channel.status().healthy()).isTrue();
        assertThat(channel.status().lastSuccess()).isNotNull();
    }

    @Test
    void theRightSecretIsAcceptedAndAWrongOrMissingOneIsRefusedWithNothingRecorded() throws IOException {
        String update = "{\"update_id\":900,\"message\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":{\"id\":" + GROUP + ",\"type\":\"supergroup\",\"title\":\"Buyers\"},"
                + "\"from\":{\"id\":" + ALICE + ",\"is_bot\":false,\"first_name\":\"Alice\"},\"text\":\"hello\"}}";
        bed.fake.addChat(GROUP, "supergroup", "Buyers");

        assertThat(post(update, "wrong-secret")).isEqualTo(401);
        assertThat(post(update, null)).isEqualTo(401);
        assertThat(post(update, SECRET.substring(0, SECRET.length() - 1))).isEqualTo(401);
        assertThat(bed.inbox(InboxEvent.State.PENDING) + bed.inbox(InboxEvent.State.DONE)).isZero();
        assertThat(bed.count("groupbuy.webhooks.rejected")).isEqualTo(3);

        assertThat(post(update, SECRET)).isEqualTo(200);
        assertThat(post(update, SECRET)).as("a repeat is acknowledged and dropped").isEqualTo(200);
        assertThat(post("{\"no\":\"update\"}", SECRET)).isEqualTo(400);
        Await.until(() -> bed.conversation.seen().size() == 1, () -> "the update handled");
        assertThat(bed.fake.awaitSent(GROUP, 1, WAIT).get(0).plainText()).isEqualTo("echo: hello");
        assertThat(bed.count("groupbuy.updates.duplicates")).isEqualTo(1);
        assertThat(bed.conversation.seen()).hasSize(1);
    }

    @Test
    void anUpdateTheSdkCannotReadIsRefusedAtTheDoorNotRetriedFromTheInbox() throws IOException {
        String notAChatId = "{\"update_id\":901,\"message\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":{\"id\":\"not a number\",\"type\":\"supergroup\"},\"text\":\"hello\"}}";

        assertThat(post(notAChatId, SECRET)).isEqualTo(400);
        assertThat(bed.inbox(InboxEvent.State.PENDING) + bed.inbox(InboxEvent.State.FAILED)).isZero();
    }

    private int post(String json, String secret) throws IOException {
        Request.Builder request = new Request.Builder().url(url)
                .post(RequestBody.create(json, MediaType.get("application/json")));
        if (secret != null) {
            request.header(TelegramWebhookReceiver.SECRET_HEADER, secret);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            assertThat(response.body().string()).isEmpty();
            return response.code();
        }
    }
}
