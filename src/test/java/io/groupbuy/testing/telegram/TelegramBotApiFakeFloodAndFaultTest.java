package io.groupbuy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Flood limits and injected faults, seen through the real TelegramBots client. */
class TelegramBotApiFakeFloodAndFaultTest {
  private static final long GROUP = -100777L;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private TelegramBotApiFake fake;
  private OkHttpClient http;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() {
    fake = TelegramBotApiFake.start();
    http = new OkHttpClient();
    client = new OkHttpTelegramClient(http, fake.token(), new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    fake.addChat(GROUP, "supergroup", "Buyers");
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void hammeringOneChatYields429sWithRetryAfter() {
    fake.enforceLimits(true);
    List<Integer> retryAfters = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < 20; i++) {
      try {
        send(GROUP, "burst " + i);
        accepted++;
      } catch (TelegramApiRequestException e) {
        assertThat(e.getErrorCode()).isEqualTo(429);
        retryAfters.add(e.getParameters().getRetryAfter());
      } catch (TelegramApiException e) {
        throw new AssertionError(e);
      }
    }

    // Burst of 3, then 1/s: on a slow machine a second may pass during the loop and let one or two more through.
    assertThat(accepted).isBetween(3, 6);
    assertThat(retryAfters).hasSize(20 - accepted).allSatisfy(s -> assertThat(s).isBetween(1, 2));
    assertThat(fake.tooManyRequestsCount()).isEqualTo(20 - accepted);
    assertThat(fake.sendTimes(GROUP)).hasSize(accepted);
    assertThat(fake.calls("sendMessage", GROUP)).hasSize(20);
  }

  @Test
  void groupsAreLimitedPerMinute() {
    fake.floodLimits(new FloodLimits(100, 100, 20, 1000));
    fake.enforceLimits(true);
    for (int i = 0; i < 20; i++) {
      sendOk(GROUP, "ok " + i);
    }
    assertThatThrownBy(() -> send(GROUP, "21st")).isInstanceOfSatisfying(TelegramApiRequestException.class,
        e -> assertThat(e.getParameters().getRetryAfter()).isBetween(50, 60));
    assertThat(fake.maxSendsWithin(GROUP, Duration.ofMinutes(1))).isEqualTo(20);
  }

  @Test
  void allSendsTogetherAreLimitedPerSecond() {
    fake.floodLimits(new FloodLimits(100, 100, 1000, 5));
    fake.enforceLimits(true);
    for (long user = 1; user <= 10; user++) {
      fake.addChat(user, "private", "User " + user);
    }
    int accepted = 0;
    for (long user = 1; user <= 10; user++) {
      try {
        send(user, "broadcast");
        accepted++;
      } catch (TelegramApiException e) {
        assertThat(((TelegramApiRequestException) e).getErrorCode()).isEqualTo(429);
      }
    }
    assertThat(accepted).isBetween(5, 9);
  }

  @Test
  void achievedRateIsMeasuredOverAcceptedSends() {
    for (int i = 0; i < 5; i++) {
      sendOk(GROUP, "m" + i);
    }
    assertThat(fake.achievedSendRate(GROUP)).isPositive();
    assertThat(fake.achievedSendRate()).isEqualTo(fake.achievedSendRate(GROUP));
    assertThat(fake.maxSendsWithin(GROUP, Duration.ofDays(1))).isEqualTo(5);
  }

  @Test
  void injectedErrorsHitOnlyTheNextCalls() {
    fake.failNext("sendmessage", 1, Fault.serverError());
    fake.failNext("sendMessage", 1, Fault.tooManyRequests(7));

    assertThatThrownBy(() -> send(GROUP, "a")).isInstanceOfSatisfying(TelegramApiRequestException.class,
        e -> assertThat(e.getErrorCode()).isEqualTo(500));
    assertThatThrownBy(() -> send(GROUP, "b")).isInstanceOfSatisfying(TelegramApiRequestException.class,
        e -> assertThat(e.getParameters().getRetryAfter()).isEqualTo(7));
    sendOk(GROUP, "c");

    assertThat(fake.sentMessages(GROUP)).extracting(SentMessage::text).containsExactly("c");
    assertThat(fake.calls("sendMessage")).extracting(RecordedCall::httpStatus).containsExactly(500, 429, 200);
    assertThat(fake.tooManyRequestsCount()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionOnAFreshConnectionFailsTheCallWithoutEffect() {
    fake.failNext("sendMessage", 1, Fault.dropConnection());

    assertThatThrownBy(() -> send(GROUP, "lost")).isInstanceOf(TelegramApiException.class);

    assertThat(fake.sentMessages(GROUP)).isEmpty();
    assertThat(fake.calls("sendMessage")).extracting(RecordedCall::httpStatus).containsExactly(0);
  }

  @Test
  void aDroppedResponseOnAFreshConnectionHidesThatTheMessageWasSent() {
    fake.failNext("sendMessage", 1, Fault.dropResponse());

    assertThatThrownBy(() -> send(GROUP, "sent once?")).isInstanceOf(TelegramApiException.class);

    assertThat(fake.sentMessages(GROUP)).extracting(SentMessage::text).containsExactly("sent once?");
  }

  @Test
  void okHttpSilentlyRepeatsAPostWhenAPooledConnectionDropsSoTheMessageIsSentTwice() throws Exception {
    sendOk(GROUP, "warm-up: leaves a keep-alive connection in the pool");
    fake.failNext("sendMessage", 1, Fault.dropResponse());

    send(GROUP, "pay 100 THB"); // no exception: OkHttp's retryOnConnectionFailure resent it

    assertThat(fake.sentMessages(GROUP)).extracting(SentMessage::text).containsExactly(
        "warm-up: leaves a keep-alive connection in the pool", "pay 100 THB", "pay 100 THB");

    OkHttpClient noRetry = http.newBuilder().retryOnConnectionFailure(false).build();
    OkHttpTelegramClient strict = new OkHttpTelegramClient(noRetry, fake.token(),
        new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    strict.execute(SendMessage.builder().chatId(GROUP).text("warm-up 2").build());
    fake.failNext("sendMessage", 1, Fault.dropResponse());
    assertThatThrownBy(() -> strict.execute(SendMessage.builder().chatId(GROUP).text("once").build()))
        .isInstanceOf(TelegramApiException.class);
    assertThat(fake.sentMessages(GROUP)).extracting(SentMessage::text).containsOnlyOnce("once");
  }

  @Test
  void aDelayedCallStillSucceeds() {
    fake.failNext("*", 1, Fault.delay(Duration.ofMillis(200)));

    sendOk(GROUP, "slow");

    assertThat(fake.awaitSent(GROUP, 1, WAIT)).hasSize(1);
    assertThat(fake.calls().get(0).fault()).isEqualTo(Fault.delay(Duration.ofMillis(200)));
  }

  private void send(long chatId, String text) throws TelegramApiException {
    client.execute(SendMessage.builder().chatId(chatId).text(text).build());
  }

  private void sendOk(long chatId, String text) {
    try {
      send(chatId, text);
    } catch (TelegramApiException e) {
      throw new AssertionError(e);
    }
  }
}
