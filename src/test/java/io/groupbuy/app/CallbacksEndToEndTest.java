package io.groupbuy.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.app.config.ConfigLoader;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.conversation.i18n.Texts;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Language;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Order;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.pandapon.PandaPonCallbackReceiver;
import io.groupbuy.sandbox.SandboxCallbackDelivery;
import io.groupbuy.sandbox.SandboxOrderView;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.LineApiFake;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 7 end to end: the running bot (Telegram and LINE channels on their fakes, the embedded sandbox)
 * places real orders; the sandbox walks them and changes a price, posting callbacks to the bot over
 * HTTP; each chat hears exactly one message per change, whatever PandaPon repeats or reorders.
 */
class CallbacksEndToEndTest {
    private static final String TOKEN = "cb_endtoend_token_0123456789";
    private static final long TG_CHAT = -1001234567890L;
    private static final long TG_ADMIN = 42;
    private static final String LINE_ADMIN = LineIds.userId();
    private static final String LINE_GROUP = LineIds.groupId();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private TelegramBotApiFake telegram;
    private LineApiFake line;
    private BotApp app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Texts english = Messages.bundled().in(Language.EN);

    @BeforeEach
    void start() {
        telegram = TelegramBotApiFake.start();
        telegram.addChat(TG_CHAT, "supergroup", "Friends");
        line = LineApiFake.start("line-channel-token");
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TelegramBotApiFake.DEFAULT_TOKEN);
        env.put("TELEGRAM_API_URL", telegram.baseUrl());
        env.put("LINE_CHANNEL_SECRET", "line-channel-secret");
        env.put("LINE_CHANNEL_TOKEN", "line-channel-token");
        env.put("LINE_API_URL", line.baseUrl());
        env.put("LINE_DATA_API_URL", line.dataBaseUrl());
        env.put("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db"));
        env.put("BOT_HTTP_HOST", "127.0.0.1");
        env.put("BOT_HTTP_PORT", "0");
        env.put("PANDAPON_SANDBOX_PORT", "0");
        env.put("PANDAPON_CALLBACK_TOKEN", TOKEN);
        env.put("BOT_ADMINS", "telegram:" + TG_ADMIN + ",line:" + LINE_ADMIN);
        app = BotApp.start(ConfigLoader.load(env, dir), Clock.systemUTC(), new Schedules.Intervals(
                Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(1),
                Duration.ofDays(30), Duration.ofHours(1)));
    }

    @AfterEach
    void stop() {
        app.close();
        telegram.close();
        line.close();
    }

    /** Places one Taobao order in a chat through the conversation engine, as its members would. */
    private Order placeOrder(ChatId chat, String adminId) {
        DemoScript script = new DemoScript(chat, app.core(), new PrintStream(OutputStream.nullOutputStream()),
                english, Clock.systemUTC());
        DemoScript.Person member = new DemoScript.Person(chat.channel() == Channel.LINE ? LineIds.userId() : "7",
                "Ploy");
        DemoScript.Person admin = new DemoScript.Person(adminId, "Nok");
        script.says(member, "https://item.taobao.com/item.htm?id=698765432109");
        script.picksFirstAvailableOptionAndQuantity(member, 0);
        script.says(admin, "/checkout");
        String confirm = english.t("btn.confirm");
        script.presses(admin, b -> b.label().equals(confirm));
        return app.core().tx().read(s -> s.orders().byChat(chat, 5)).stream()
                .filter(o -> o.marketplace() == Marketplace.TAOBAO).findFirst().orElseThrow();
    }

    private int telegramMessagesMentioning(String text) {
        return (int) telegram.sentMessages(TG_CHAT).stream().filter(m -> m.plainText() != null
                && m.plainText().contains(text)).count();
    }

    private long linePushesMentioning(String text) {
        return line.deliveredTo(LINE_GROUP).stream()
                .filter(d -> d.via() == Delivered.Via.PUSH && d.json().toString().contains(text)).count();
    }

    private HttpResponse<String> postCallback(String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort()
                        + "/pandapon/callback/" + token)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachChatHearsExactlyOnceAboutEachChangeWhateverPandaPonRepeats() throws Exception {
        Order tgOrder = placeOrder(ChatId.telegram(TG_CHAT), Long.toString(TG_ADMIN));
        Order lineOrder = placeOrder(ChatId.of(Channel.LINE, LINE_GROUP), LINE_ADMIN);

        app.sandbox().admin().ship(tgOrder.upstreamOrderId(), "SF Express", "SF1000000001");
        app.sandbox().admin().ship(lineOrder.upstreamOrderId(), "Kerry", "KEX2000000002");
        waitFor(() -> telegramMessagesMentioning("SF1000000001") == 1);
        waitFor(() -> linePushesMentioning("KEX2000000002") == 1, () -> "LINE deliveries: "
                + line.deliveredTo(LINE_GROUP).stream().map(d -> d.via() + " " + d.text()).toList());
        assertThat(line.deliveredTo(LINE_GROUP)).filteredOn(d -> d.via() == Delivered.Via.PUSH)
                .allSatisfy(d -> assertThat(d.retryKey()).isNotBlank());

        int telegramBefore = telegram.sentMessages(TG_CHAT).size();
        long lineBefore = line.deliveredTo(LINE_GROUP).size();
        // PandaPon repeats every message (its retries), and sends an older status late
        for (SandboxCallbackDelivery delivery : app.sandbox().admin().callbacks()) {
            assertThat(postCallback(TOKEN, delivery.body()).statusCode()).isEqualTo(200);
        }
        // ...and an older status under a new message id (no dedupe can catch it: the status rules must)
        String paid = app.sandbox().admin().callbacks().stream().map(SandboxCallbackDelivery::body)
                .filter(b -> b.contains(tgOrder.upstreamOrderId()) && b.contains("WAIT_SELLER_SEND_GOODS"))
                .findFirst().orElseThrow();
        assertThat(postCallback(TOKEN, paid.replaceAll("(messageId[\\\\\"]+:[\\\\\"]+)", "$1late-"))
                .statusCode()).isEqualTo(200);
        waitFor(() -> app.core().tx().read(s -> s.inbox().pending(PandaPonCallbackReceiver.SOURCE, 10)).isEmpty());
        long done = app.core().tx().read(s -> s.inbox().count(PandaPonCallbackReceiver.SOURCE,
                InboxEvent.State.DONE));
        assertThat(done).isEqualTo(app.sandbox().admin().callbacks().size() + 1); // the late one was new
        app.core().relay().sendDue();
        Thread.sleep(1500); // give a wrongly repeated message the time to show up
        assertThat(telegram.sentMessages(TG_CHAT)).hasSize(telegramBefore);
        assertThat(line.deliveredTo(LINE_GROUP)).hasSize((int) lineBefore);
        assertThat(telegramMessagesMentioning("SF1000000001")).isEqualTo(1);
        assertThat(linePushesMentioning("KEX2000000002")).isEqualTo(1);
        assertThat(app.core().tx().read(s -> s.orders().find(tgOrder.id())).orElseThrow().status())
                .isEqualTo(io.groupbuy.core.OrderStatus.SHIPPED);
    }

    @Test
    void aPriceRiseAsksTheAdminOnceAndAcceptingPaysTheDifference() throws Exception {
        Order order = placeOrder(ChatId.telegram(TG_CHAT), Long.toString(TG_ADMIN));
        SandboxOrderView before = app.sandbox().admin().order(order.upstreamOrderId());
        app.sandbox().admin().changeOrderPrice(order.upstreamOrderId(), before.totalAmount() + 500, null);
        String accept = english.t("btn.accept_price");
        waitFor(() -> telegram.sentMessages(TG_CHAT).stream().anyMatch(m -> m.button(accept).isPresent()));
        for (SandboxCallbackDelivery delivery : app.sandbox().admin().callbacks()) {
            postCallback(TOKEN, delivery.body());
        }
        Thread.sleep(1000);
        assertThat(telegram.sentMessages(TG_CHAT).stream().filter(m -> m.button(accept).isPresent())).hasSize(1);
    }

    @Test
    void wrongTokensMalformedBodiesAndUnknownOrdersAreHandledAndKept() throws Exception {
        assertThat(postCallback("not_the_token_0123456789", "{}").statusCode()).isEqualTo(404);
        assertThat(postCallback(TOKEN, "{\"messageType\":").statusCode()).isEqualTo(200);
        assertThat(postCallback(TOKEN, "{\"messageType\":\"TAOBAO_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY\","
                + "\"messagePlatform\":0,\"timestamp\":\"1\",\"messageBody\":{\"messageId\":\"u1\",\"orderId\":"
                + "\"99999999\",\"orderStatus\":\"WAIT_SELLER_SEND_GOODS\"}}").statusCode()).isEqualTo(200);
        assertThat(postCallback(TOKEN, "{\"messageType\":\"SOMETHING_NEW\",\"messageBody\":{\"x\":1}}")
                .statusCode()).isEqualTo(200);
        waitFor(() -> app.core().tx().read(s -> s.inbox().count(PandaPonCallbackReceiver.SOURCE,
                InboxEvent.State.UNMATCHED)) == 3);
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort()
                + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("groupbuy_callbacks_total{outcome=\"unknown_order\"",
                "outcome=\"unknown_type\"", "outcome=\"unreadable\"");
        assertThat(telegram.sentMessages(TG_CHAT)).isEmpty();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        waitFor(condition, () -> "");
    }

    private static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + WAIT.toSeconds() + " s " + state.get());
            }
            Thread.sleep(50);
        }
    }
}
