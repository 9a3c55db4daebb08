package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Webhook mode: setWebhook (multipart, as TelegramBots sends it), delivery with the secret header, retries. */
class TelegramBotApiFakeWebhookTest {
  private static final long CHAT = 5555L;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private record Delivery(String secret, String body) {}

  private TelegramBotApiFake fake;
  private OkHttpClient http;
  private OkHttpTelegramClient client;
  private HttpServer bot;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToServe = new AtomicInteger();
  private volatile String replyBody = "";

  @BeforeEach
  void start() throws IOException {
    fake = TelegramBotApiFake.builder().webhookRetry(3, Duration.ofMillis(20)).start();
    http = new OkHttpClient();
    client = new OkHttpTelegramClient(http, fake.token(), new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    bot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    bot.createContext("/telegram/webhook", exchange -> {
      try (exchange) {
        String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
        deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"), body));
        boolean fail = failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        byte[] reply = fail ? new byte[0] : replyBody.getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(fail ? 500 : 200, reply.length == 0 ? -1 : reply.length);
        if (reply.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
          }
        }
      }
    });
    bot.start();
  }

  @AfterEach
  void stop() {
    bot.stop(0);
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void pushedUpdatesArePostedWithTheSecretHeader() throws Exception {
    Boolean set = client.execute(SetWebhook.builder().url(webhookUrl()).secretToken("s3cret-Token_1").build());
    long updateId = fake.pushText(CHAT, "private", null, CHAT, "Alice", "th", "/start");

    fake.await(() -> deliveries.size() == 1, WAIT);
    assertThat(set).isTrue();
    assertThat(fake.calls("setWebhook").get(0).params().get("secret_token").asText()).isEqualTo("s3cret-Token_1");
    Delivery delivery = deliveries.get(0);
    assertThat(delivery.secret()).isEqualTo("s3cret-Token_1");
    Update update = Json.MAPPER.readValue(delivery.body(), Update.class);
    assertThat(update.getUpdateId()).isEqualTo((int) updateId);
    assertThat(update.getMessage().getChat().isUserChat()).isTrue();
    fake.await(() -> fake.pendingUpdateCount() == 0, WAIT);
  }

  @Test
  void getUpdatesIsAConflictWhileAWebhookIsSet() throws Exception {
    client.execute(SetWebhook.builder().url(webhookUrl()).build());

    assertThatThrownBy(() -> client.execute(GetUpdates.builder().build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo(409);
          assertThat(e.getApiResponse()).isEqualTo("Conflict: can't use getUpdates method while webhook is active;"
              + " use deleteWebhook to delete the webhook first");
        });
    client.execute(DeleteWebhook.builder().build());
    assertThat(client.execute(GetUpdates.builder().build())).isEmpty();
  }

  @Test
  void failedDeliveriesAreRetriedWithBackoffAndReportedInWebhookInfo() throws Exception {
    failuresToServe.set(2);
    client.execute(SetWebhook.builder().url(webhookUrl()).build());
    long updateId = fake.pushText(CHAT, "private", null, CHAT, "Alice", "th", "hello");

    fake.await(() -> fake.webhookAttempts().stream().anyMatch(WebhookAttempt::ok), WAIT);
    assertThat(fake.webhookAttempts()).extracting(WebhookAttempt::updateId, WebhookAttempt::attempt,
        WebhookAttempt::httpStatus).containsExactly(org.assertj.core.groups.Tuple.tuple((int) updateId, 1, 500),
        org.assertj.core.groups.Tuple.tuple((int) updateId, 2, 500),
        org.assertj.core.groups.Tuple.tuple((int) updateId, 3, 200));
    WebhookInfo info = client.execute(new GetWebhookInfo());
    assertThat(info.getUrl()).isEqualTo(webhookUrl());
    assertThat(info.getLastErrorMessage()).isEqualTo("Wrong response from the webhook: 500 Internal Server Error");
    assertThat(info.getPendingUpdatesCount()).isZero();
  }

  @Test
  void anUpdateIsDroppedAfterTheLastAttempt() throws Exception {
    failuresToServe.set(3);
    client.execute(SetWebhook.builder().url(webhookUrl()).build());
    fake.pushText(CHAT, "private", null, CHAT, "Alice", "th", "lost");
    long next = fake.pushText(CHAT, "private", null, CHAT, "Alice", "th", "delivered");

    fake.await(() -> fake.webhookAttempts().stream().anyMatch(WebhookAttempt::ok), WAIT);
    assertThat(fake.webhookAttempts()).hasSize(4);
    assertThat(deliveries.get(3).body()).contains("\"update_id\":" + next);
  }

  @Test
  void aMethodInTheWebhookAnswerIsExecuted() throws Exception {
    replyBody = "{\"method\":\"sendMessage\",\"chat_id\":" + CHAT + ",\"text\":\"pong\"}";
    client.execute(SetWebhook.builder().url(webhookUrl()).build());
    fake.pushText(CHAT, "private", null, CHAT, "Alice", "th", "ping");

    SentMessage reply = fake.awaitMessage(CHAT, m -> "pong".equals(m.text()), WAIT);
    assertThat(reply.messageId()).isEqualTo(2);
    // the message is stored before its call is logged: wait for the log too
    RecordedCall recorded = fake.awaitCall(c -> "sendMessage".equals(c.method()), WAIT);
    JsonNode call = recorded.params();
    assertThat(call.get("text").asText()).isEqualTo("pong");
    assertThat(recorded.source()).isEqualTo("webhook-reply");
  }

  private String webhookUrl() {
    return "http://127.0.0.1:" + bot.getAddress().getPort() + "/telegram/webhook";
  }
}
