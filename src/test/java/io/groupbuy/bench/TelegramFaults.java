package io.groupbuy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.app.Json;
import io.groupbuy.testing.telegram.Fault;
import io.groupbuy.testing.telegram.FloodLimits;
import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Telegram faults against the whole bot (polling, then webhook mode) and the Bot API fake: members in
 * several groups send commands while sends meet 429 storms, 5xx, connection resets, and updates come
 * twice. Every answer must arrive once; the one case the Bot API cannot settle (a send whose answer
 * was lost) is counted, not hidden.
 */
final class TelegramFaults {
    static final String SECRET = "bench_webhook_secret_0123456789";

    /** One fault on the Bot API, injected before the members write. */
    record Scenario(String name, String what, Consumer<TelegramBotApiFake> inject, boolean webhookTwice,
                    boolean mayLose) {
    }

    record Result(String name, String what, DeliveryCount.Result delivery, long drainMillis, int answered429,
                  int faultsHit, BenchLog.Counts log) {
        boolean passed(boolean mayLose) {
            return delivery.doubled().isEmpty() && (mayLose || delivery.lost().isEmpty()) && log.errors() == 0;
        }
    }

    private final BenchLog log;
    private final int chats;
    private final int perChat;
    private final AtomicInteger updateIds = new AtomicInteger(1_000_000);

    TelegramFaults(BenchLog log, int chats, int perChat) {
        this.log = log;
        this.chats = chats;
        this.perChat = perChat;
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("tg-429", "a storm: the next 40 sends answer 429 retry_after 1-3 s, limits enforced",
                        tg -> {
                            tg.enforceLimits(true);
                            tg.failNext("sendMessage", 20, Fault.tooManyRequests(1));
                            tg.failNext("sendMessage", 15, Fault.tooManyRequests(3));
                            tg.failNext("sendMessage", 5, Fault.tooManyRequests(2));
                        }, false, false),
                new Scenario("tg-5xx", "the next 12 sends answer 500 or nginx 502 (nothing sent)",
                        tg -> {
                            tg.failNext("sendMessage", 6, Fault.serverError());
                            tg.failNext("sendMessage", 6, Fault.badGateway());
                        }, false, false),
                new Scenario("tg-reset", "the next 6 sends: connection closed before Telegram acted",
                        tg -> tg.failNext("sendMessage", 6, Fault.dropConnection()), false, true),
                new Scenario("tg-lost-answer", "the next 6 sends: delivered, then the answer lost",
                        tg -> tg.failNext("sendMessage", 6, Fault.dropResponse()), false, false),
                new Scenario("tg-poll-reset", "3 getUpdates answers lost after the fake handed out updates",
                        tg -> tg.failNext("getUpdates", 3, Fault.dropResponse()), false, false),
                new Scenario("tg-webhook-twice", "webhook mode: every update posted twice, the copies at once",
                        tg -> { }, true, false));
    }

    Result run(Scenario s, int index) throws Exception {
        log.mark();
        try (TelegramBotApiFake tg = TelegramBotApiFake.builder()
                .floodLimits(new FloodLimits(2, 1.0, 20, 30)).start();
             InProcessBot bot = bot(tg, s.webhookTwice())) {
            DeliveryCount count = new DeliveryCount();
            List<Long> chatIds = new ArrayList<>();
            for (int c = 0; c < chats; c++) {
                long chatId = -1_001_000_000_000L - c;
                chatIds.add(chatId);
                tg.addChat(chatId, "supergroup", "Bench group " + c);
            }
            s.inject().accept(tg);
            long start = System.nanoTime();
            for (int n = 0; n < perChat; n++) {
                for (int c = 0; c < chats; c++) {
                    String text = count.token(String.valueOf(index), c, n);
                    long user = 5_000 + c;
                    if (s.webhookTwice()) {
                        postTwice(bot, update(chatIds.get(c), user, text));
                    } else {
                        tg.pushText(chatIds.get(c), "supergroup", "Bench group " + c, user, "Member" + c, "en",
                                text);
                    }
                }
            }
            DeliveryCount.Result result = awaitDeliveries(tg, chatIds, count, s.mayLose());
            long drained = (System.nanoTime() - start) / 1_000_000;
            int hit = (int) tg.calls().stream().filter(c -> c.fault() != null).count();
            return new Result(s.name(), s.what(), result, drained, tg.tooManyRequestsCount(), hit, log.mark());
        }
    }

    private InProcessBot bot(TelegramBotApiFake tg, boolean webhook) {
        InProcessBot bot = InProcessBot.sandbox("telegram").with("TELEGRAM_BOT_TOKEN", tg.token())
                .with("TELEGRAM_API_URL", tg.baseUrl());
        if (webhook) {
            bot.with("TELEGRAM_MODE", "webhook").with("TELEGRAM_WEBHOOK_SECRET", SECRET);
        }
        return bot.start();
    }

    /** Waits until every answer arrived, or nothing new arrived for a while (up to 3 minutes in all). */
    private static DeliveryCount.Result awaitDeliveries(TelegramBotApiFake tg, List<Long> chatIds,
                                                        DeliveryCount count, boolean mayLose)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        DeliveryCount.Result r = count(tg, chatIds, count);
        int lastDelivered = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            r = count(tg, chatIds, count);
            if (r.delivered() != lastDelivered) {
                lastDelivered = r.delivered();
                quietSince = System.nanoTime();
            }
            boolean quiet = System.nanoTime() - quietSince > Duration.ofSeconds(mayLose ? 15 : 30).toNanos();
            if (r.delivered() == count.expectedCount() || quiet) {
                Thread.sleep(3_000); // a late double would show up now
                return count(tg, chatIds, count);
            }
            Thread.sleep(250);
        }
        return r;
    }

    /** What the members see: the messages the fake holds for each chat (a send whose answer was lost too). */
    private static DeliveryCount.Result count(TelegramBotApiFake tg, List<Long> chatIds, DeliveryCount count) {
        List<SentMessage> sent = new ArrayList<>();
        chatIds.forEach(id -> sent.addAll(tg.sentMessages(id)));
        return count.count(sent, SentMessage::plainText);
    }

    private ObjectNode update(long chatId, long userId, String text) {
        ObjectNode u = Json.mapper().createObjectNode();
        u.put("update_id", updateIds.incrementAndGet());
        ObjectNode m = u.putObject("message");
        m.put("message_id", updateIds.get()).put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "Bench group");
        m.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Member")
                .put("language_code", "en");
        m.put("text", text);
        m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", text.length());
        return u;
    }

    /** Telegram retrying a webhook it thinks failed: the same update twice, at the same moment. */
    private static void postTwice(InProcessBot bot, ObjectNode update) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] body = Json.mapper().writeValueAsBytes(update);
        HttpRequest request = HttpRequest.newBuilder(URI.create(bot.baseUrl() + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var first = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        var second = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        int a = first.get().statusCode();
        int b = second.get().statusCode();
        if (a != 200 || b != 200) {
            throw new IllegalStateException("webhook answered " + a + " and " + b);
        }
    }
}
