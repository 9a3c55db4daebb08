package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire protocol with plain HTTP: paths, tokens, body encodings, getUpdates semantics, concurrency. */
class TelegramBotApiFakeProtocolTest {
  private static final long CHAT = -100555L;
  private static final long ALICE = 1111L;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private TelegramBotApiFake fake;
  private OkHttpClient http;

  @BeforeEach
  void start() {
    fake = TelegramBotApiFake.start();
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(64); // OkHttp's default of 5 would queue the concurrent sends client-side
    http = new OkHttpClient.Builder().dispatcher(dispatcher).readTimeout(Duration.ofSeconds(70)).build();
    fake.addChat(CHAT, "supergroup", "Buyers");
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void unknownMethodWrongTokenAndUnknownPathAnswerLikeTelegram() throws Exception {
    assertThat(post("/bot" + fake.token() + "/sendTelepathy", "{}"))
        .isEqualTo("404 {\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    assertThat(post("/bot1:wrong/getMe", "{}"))
        .isEqualTo("401 {\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    assertThat(post("/favicon.ico", "")).startsWith("404 ");
  }

  @Test
  void methodNamesAreCaseInsensitiveAndParametersComeInEveryEncoding() throws Exception {
    assertThat(post(path("SENDMESSAGE"), "{\"chat_id\":" + CHAT + ",\"text\":\"json\"}")).startsWith("200 ");
    send(new Request.Builder().url(fake.baseUrl() + path("sendmessage"))
        .post(new FormBody.Builder().add("chat_id", String.valueOf(CHAT)).add("text", "form").build()).build());
    send(new Request.Builder().url(fake.baseUrl() + path("sendMessage") + "?chat_id=" + CHAT + "&text=query").build());
    send(new Request.Builder().url(fake.baseUrl() + path("sendPhoto")).post(new MultipartBody.Builder()
        .setType(MultipartBody.FORM).addFormDataPart("chat_id", String.valueOf(CHAT))
        .addFormDataPart("photo", "curl.png", RequestBody.create(TestImages.png(20, 10), MediaType.get("image/png")))
        .build()).build());

    assertThat(fake.sentMessages(CHAT)).extracting(SentMessage::text).containsExactly("json", "form", "query", null);
    assertThat(fake.sentMessages(CHAT).get(3).upload().contentType()).isEqualTo("image/png");
    assertThat(fake.calls()).extracting(RecordedCall::method)
        .containsExactly("sendMessage", "sendMessage", "sendMessage", "sendPhoto");
  }

  @Test
  void getUpdatesFollowsTheOffsetRulesOfTheSpec() throws Exception {
    long u1 = fake.pushText(CHAT, "supergroup", "Buyers", ALICE, "Alice", "en", "a");
    long u2 = fake.pushText(CHAT, ALICE, "b");
    long u3 = fake.pushText(CHAT, ALICE, "c");
    long u4 = fake.pushText(CHAT, ALICE, "d");

    assertThat(updateIds("{}")).containsExactly(u1, u2, u3, u4); // no offset: nothing confirmed
    assertThat(updateIds("{\"limit\":2}")).containsExactly(u1, u2);
    assertThat(updateIds("{\"offset\":" + u2 + "}")).containsExactly(u2, u3, u4); // confirms u1
    assertThat(updateIds("{\"offset\":1}")).containsExactly(u2, u3, u4); // u1 is gone for good
    assertThat(updateIds("{\"offset\":-1}")).containsExactly(u4); // forgets u2 and u3
    assertThat(updateIds("{}")).containsExactly(u4);
    assertThat(updateIds("{\"offset\":" + (u4 + 1) + "}")).isEmpty();
    assertThat(fake.pendingUpdateCount()).isZero();
  }

  @Test
  void allowedUpdatesFiltersUpdatesCreatedAfterwards() throws Exception {
    fake.pushText(CHAT, "supergroup", "Buyers", ALICE, "Alice", "en", "kept: created before the filter");
    updateIds("{\"allowed_updates\":[\"callback_query\"],\"limit\":1,\"offset\":-1}");
    fake.pushText(CHAT, ALICE, "dropped: created after");

    assertThat(updateIds("{}")).hasSize(1);
    assertThat(fake.allowedUpdates()).containsExactly("callback_query");
  }

  @Test
  void longPollReturnsAsSoonAsAnUpdateArrivesAndDoesNotBlockSends() throws Exception {
    CompletableFuture<String> poll = postAsync(path("getUpdates"), "{\"timeout\":60}");
    fake.await(() -> fake.activeLongPolls() == 1, WAIT);

    List<CompletableFuture<String>> sends = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sends.add(postAsync(path("sendMessage"), "{\"chat_id\":" + CHAT + ",\"text\":\"m" + i + "\"}"));
    }
    for (CompletableFuture<String> send : sends) {
      assertThat(send.get(10, TimeUnit.SECONDS)).startsWith("200 ");
    }
    assertThat(poll).isNotDone();
    long u1 = fake.pushText(CHAT, "supergroup", "Buyers", ALICE, "Alice", "en", "wake up");

    JsonNode result = Json.parse(poll.get(10, TimeUnit.SECONDS).substring(4)).get("result");
    assertThat(result.get(0).get("update_id").asLong()).isEqualTo(u1);
    assertThat(fake.sentMessages(CHAT)).hasSize(30);
  }

  @Test
  void concurrentPushesSendsAndPollsLoseNothing() throws Exception {
    int pushers = 4;
    int perPusher = 50;
    List<Long> received = new CopyOnWriteArrayList<>();
    Thread poller = new Thread(() -> {
      long offset = 0;
      while (received.size() < pushers * perPusher && !Thread.currentThread().isInterrupted()) {
        try {
          String answer = post(path("getUpdates"), "{\"offset\":" + offset + ",\"timeout\":5}");
          for (JsonNode u : Json.parse(answer.substring(4)).get("result")) {
            received.add(u.get("update_id").asLong());
            offset = u.get("update_id").asLong() + 1;
          }
        } catch (IOException e) {
          return;
        }
      }
    });
    poller.start();
    List<CompletableFuture<Void>> work = new ArrayList<>();
    for (int p = 0; p < pushers; p++) {
      long user = 100 + p;
      work.add(CompletableFuture.runAsync(() -> {
        for (int i = 0; i < perPusher; i++) {
          fake.pushText(CHAT, "supergroup", "Buyers", user, "U" + user, "en", "msg " + i);
        }
      }));
      work.add(CompletableFuture.runAsync(() -> {
        for (int i = 0; i < 25; i++) {
          try {
            assertThat(post(path("sendMessage"), "{\"chat_id\":" + CHAT + ",\"text\":\"r" + i + "\"}"))
                .startsWith("200 ");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }));
    }
    CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    fake.await(() -> received.size() == pushers * perPusher, WAIT);
    poller.interrupt();
    assertThat(received).doesNotHaveDuplicates().isSorted().hasSize(pushers * perPusher);
    List<Integer> ids = fake.sentMessages(CHAT).stream().map(SentMessage::messageId).toList();
    assertThat(ids).hasSize(pushers * 25).doesNotHaveDuplicates();
  }

  @Test
  void aSecondPollerTerminatesTheFirstWith409() throws Exception {
    CompletableFuture<String> first = postAsync(path("getUpdates"), "{\"timeout\":60}");
    fake.await(() -> fake.activeLongPolls() == 1, WAIT);

    CompletableFuture<String> second = postAsync(path("getUpdates"), "{\"timeout\":0}");

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("409 {\"ok\":false,\"error_code\":409,\"description\":"
        + "\"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running\"}");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("200 {\"ok\":true,\"result\":[]}");
  }

  @Test
  void markdownV2ReservedCharactersMustBeEscaped() throws Exception {
    String bad = post(path("sendMessage"),
        "{\"chat_id\":" + CHAT + ",\"text\":\"Total 1.5 THB\",\"parse_mode\":\"MarkdownV2\"}");
    String good = post(path("sendMessage"),
        "{\"chat_id\":" + CHAT + ",\"text\":\"*Total* 1\\\\.5 THB\",\"parse_mode\":\"MarkdownV2\"}");

    assertThat(bad).isEqualTo("400 {\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse"
        + " entities: Character '.' is reserved and must be escaped with the preceding '\\\\'\"}");
    assertThat(good).startsWith("200 ").contains("\"text\":\"Total 1.5 THB\"");
  }

  @Test
  void textLimitsAreCheckedAfterEntityParsing() throws Exception {
    String markup = "<b>" + "x".repeat(4096) + "</b>";
    assertThat(post(path("sendMessage"), json(markup, "HTML"))).startsWith("200 ");
    assertThat(post(path("sendMessage"), json("x".repeat(4097), null)))
        .contains("\"description\":\"Bad Request: message is too long\"");
    assertThat(post(path("sendMessage"), json("<b> </b>", "HTML")))
        .contains("\"description\":\"Bad Request: message text is empty\"");
  }

  private String json(String text, String parseMode) {
    return "{\"chat_id\":" + CHAT + ",\"text\":\"" + text + "\"" + (parseMode == null ? "" : ",\"parse_mode\":\""
        + parseMode + "\"") + "}";
  }

  private List<Long> updateIds(String body) throws Exception {
    String answer = post(path("getUpdates"), body);
    assertThat(answer).startsWith("200 ");
    List<Long> ids = new ArrayList<>();
    Json.parse(answer.substring(4)).get("result").forEach(u -> ids.add(u.get("update_id").asLong()));
    return ids;
  }

  private String path(String method) {
    return "/bot" + fake.token() + "/" + method;
  }

  private String post(String path, String json) throws IOException {
    return send(new Request.Builder().url(fake.baseUrl() + path)
        .post(RequestBody.create(json.getBytes(UTF_8), MediaType.get("application/json"))).build());
  }

  private CompletableFuture<String> postAsync(String path, String json) {
    CompletableFuture<String> result = new CompletableFuture<>();
    http.newCall(new Request.Builder().url(fake.baseUrl() + path)
        .post(RequestBody.create(json.getBytes(UTF_8), MediaType.get("application/json"))).build())
        .enqueue(new Callback() {
          @Override
          public void onFailure(Call call, IOException e) {
            result.completeExceptionally(e);
          }

          @Override
          public void onResponse(Call call, Response response) throws IOException {
            try (response) {
              result.complete(response.code() + " " + response.body().string());
            }
          }
        });
    return result;
  }

  private String send(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return response.code() + " " + response.body().string();
    }
  }
}
