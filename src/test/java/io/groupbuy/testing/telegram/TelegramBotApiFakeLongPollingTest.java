package io.groupbuy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The real TelegramBots long-polling application against the fake: order, exactly-once, offsets across restarts. */
class TelegramBotApiFakeLongPollingTest {
  private static final long GROUP = -1009876543210L;
  private static final long ALICE = 1111L;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private TelegramBotApiFake fake;
  private final List<ScheduledExecutorService> executors = new ArrayList<>();
  private final List<TelegramBotsLongPollingApplication> apps = new ArrayList<>();

  @BeforeEach
  void start() {
    fake = TelegramBotApiFake.start();
  }

  @AfterEach
  void stop() throws Exception {
    for (TelegramBotsLongPollingApplication app : apps) {
      app.close();
    }
    // BotSession.close() cancels its task but never shuts its executor down; without this the threads leak.
    executors.forEach(ScheduledExecutorService::shutdown);
    fake.close();
  }

  @Test
  void pushedUpdatesArriveInOrderExactlyOnceAndAreConfirmed() throws Exception {
    List<Update> received = new CopyOnWriteArrayList<>();
    runApp(received::addAll);
    String photo = fake.registerPhoto(TestImages.jpeg(1280, 720));
    List<Long> pushed = new ArrayList<>();

    pushed.add(fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "th",
        "/add@groupbuy_test_bot https://item.taobao.com/item.htm?id=6100"));
    pushed.add(fake.pushPhoto(GROUP, "supergroup", "Buyers", ALICE, "Alice", "th", photo, "this one"));
    pushed.add(fake.pushMyChatMember(GROUP, "supergroup", "Buyers", true, ALICE, "Alice"));
    pushed.add(fake.pushNewChatMembers(GROUP, "supergroup", "Buyers", ALICE, "Alice",
        List.of(FakeUser.of(3333L, "Carol", "en"))));
    for (int i = 0; i < 20; i++) {
      pushed.add(fake.pushText(GROUP, ALICE, "item " + i));
    }

    fake.await(() -> received.size() >= pushed.size(), WAIT);
    assertThat(received).extracting(u -> (long) u.getUpdateId()).containsExactlyElementsOf(pushed);
    Update command = received.get(0);
    // TelegramBots 10.2.0 quirk: Message.isCommand()/getCommand() read MessageEntity.text, which only
    // getEntities() fills in; called first on a fresh Message they report "no command".
    assertThat(command.getMessage().isCommand()).isFalse();
    assertThat(command.getMessage().getEntities()).extracting(e -> e.getType() + ":" + e.getText())
        .containsExactly("bot_command:/add@groupbuy_test_bot", "url:https://item.taobao.com/item.htm?id=6100");
    assertThat(command.getMessage().isCommand()).isTrue();
    assertThat(command.getMessage().getFrom().getLanguageCode()).isEqualTo("th");
    assertThat(command.getMessage().getChat().isSuperGroupChat()).isTrue();
    assertThat(received.get(1).getMessage().getPhoto()).extracting(p -> p.getWidth())
        .containsExactly(90, 320, 800, 1280);
    assertThat(received.get(1).getMessage().getCaption()).isEqualTo("this one");
    assertThat(received.get(2).getMyChatMember().getNewChatMember().getStatus()).isEqualTo("member");
    assertThat(received.get(3).getMessage().getNewChatMembers()).extracting(u -> u.getFirstName())
        .containsExactly("Carol");
    long last = pushed.get(pushed.size() - 1);
    fake.awaitCall(c -> c.method().equals("getUpdates") && c.params().path("offset").asLong() == last + 1, WAIT);
    assertThat(fake.pendingUpdateCount()).isZero();
    assertThat(fake.calls("deleteWebhook")).hasSize(1);
  }

  @Test
  void callbackQueryCarriesTheBotMessageItBelongsTo() throws Exception {
    List<Update> received = new CopyOnWriteArrayList<>();
    runApp(received::addAll);
    fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "th", "/cart");
    OkHttpClient http = new OkHttpClient();
    OkHttpTelegramClient client =
        new OkHttpTelegramClient(http, fake.token(), new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    InlineKeyboardButton pay = InlineKeyboardButton.builder().text("Pay").callbackData("pay:9").build();
    Message cart = client.execute(SendMessage.builder().chatId(GROUP).text("Cart: 1 item")
        .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(pay)).build()).build());
    long updateId = fake.pushCallbackQuery(GROUP, ALICE, cart.getMessageId(), "pay:9");

    fake.await(() -> received.size() == 2, WAIT);
    CallbackQuery query = received.get(1).getCallbackQuery();
    assertThat(query.getId()).isEqualTo(fake.callbackQueryId(updateId));
    assertThat(query.getData()).isEqualTo("pay:9");
    assertThat(query.getFrom().getId()).isEqualTo(ALICE);
    assertThat(query.getMessage()).isInstanceOfSatisfying(Message.class, m -> {
      assertThat(m.getMessageId()).isEqualTo(cart.getMessageId());
      assertThat(m.getText()).isEqualTo("Cart: 1 item");
      assertThat(m.getFrom().getIsBot()).isTrue();
    });
    http.connectionPool().evictAll();
  }

  @Test
  void restartedApplicationGetsOnlyUnconfirmedUpdates() throws Exception {
    List<Update> first = new CopyOnWriteArrayList<>();
    TelegramBotsLongPollingApplication app = runApp(first::addAll);
    long u1 = fake.pushText(GROUP, "group", "Buyers", ALICE, "Alice", "en", "one");
    long u2 = fake.pushText(GROUP, ALICE, "two");
    fake.await(() -> first.size() == 2, WAIT);
    fake.await(() -> fake.pendingUpdateCount() == 0, WAIT); // the next getUpdates (offset u2+1) confirmed them
    app.close();
    fake.await(() -> fake.activeLongPolls() == 0, WAIT);

    long u3 = fake.pushText(GROUP, ALICE, "three");
    long u4 = fake.pushText(GROUP, ALICE, "four");
    List<Update> second = new CopyOnWriteArrayList<>();
    runApp(second::addAll);

    fake.await(() -> second.size() >= 2, WAIT);
    assertThat(first).extracting(u -> (long) u.getUpdateId()).containsExactly(u1, u2);
    assertThat(second).extracting(u -> (long) u.getUpdateId()).containsExactly(u3, u4);
  }

  @Test
  void updatesDeliveredButNotConfirmedComeBackAfterACrash() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    List<Update> first = new CopyOnWriteArrayList<>();
    // A synchronous consumer that hangs: TelegramBots confirms a batch only with the next getUpdates.
    TelegramBotsLongPollingApplication crashed = runApp(updates -> {
      first.addAll(updates);
      awaitQuietly(never);
    });
    long u1 = fake.pushText(GROUP, "group", "Buyers", ALICE, "Alice", "en", "pay 100");
    fake.await(() -> first.size() == 1, WAIT);
    crashed.close();

    List<Update> second = new CopyOnWriteArrayList<>();
    runApp(second::addAll);

    fake.await(() -> second.size() == 1, WAIT);
    assertThat(second.get(0).getUpdateId()).isEqualTo((int) u1);
    never.countDown();
  }

  @Test
  void failingGetUpdatesIsRetriedByTheApplication() throws Exception {
    fake.failNext("getUpdates", 2, Fault.badGateway());
    List<Update> received = new CopyOnWriteArrayList<>();
    runApp(received::addAll);
    long u1 = fake.pushText(GROUP, "group", "Buyers", ALICE, "Alice", "en", "still there?");

    fake.await(() -> received.size() == 1, WAIT);
    assertThat(received.get(0).getUpdateId()).isEqualTo((int) u1);
    assertThat(fake.calls("getUpdates")).filteredOn(c -> c.httpStatus() == 502).hasSize(2);
  }

  private TelegramBotsLongPollingApplication runApp(LongPollingUpdateConsumer consumer) throws Exception {
    TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
        () -> new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build(), this::newExecutor,
        () -> new ExponentialBackOff.Builder().setInitialIntervalMillis(50).setMaxIntervalMillis(200).build());
    apps.add(app);
    TelegramUrl url = new TelegramUrl("http", "127.0.0.1", fake.port(), false);
    app.registerBot(fake.token(), () -> url,
        lastReceived -> GetUpdates.builder().offset(lastReceived + 1).limit(100).timeout(1).build(), consumer);
    return app;
  }

  private ScheduledExecutorService newExecutor() {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "long-polling-test");
      t.setDaemon(true);
      return t;
    });
    executors.add(executor);
    return executor;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
