package io.groupbuy.bench;

import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.Fault;
import io.groupbuy.testing.line.LineApiFake;
import io.groupbuy.testing.line.LineEndpoint;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.line.SignedWebhook;
import io.groupbuy.testing.line.WebhookEvent;
import io.groupbuy.testing.line.WebhookResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * LINE faults against the whole bot and the Messaging API fake: members in several groups send
 * commands while replies and pushes meet 429s, 5xx, connection resets and lost answers, and webhooks
 * are redelivered. Every answer must reach its group once, by reply or, when the reply is known not
 * to have gone out, by push.
 */
final class LineFaults {
    static final String SECRET = "bench-line-channel-secret";
    static final String TOKEN = "bench-line-channel-token";

    record Scenario(String name, String what, Consumer<LineApiFake> inject, int copies, boolean mayLose) {
    }

    record Result(String name, String what, DeliveryCount.Result delivery, long drainMillis, int replies,
                  int pushes, int refusedWebhooks, BenchLog.Counts log) {
        boolean passed(boolean mayLose) {
            return delivery.doubled().isEmpty() && (mayLose || delivery.lost().isEmpty()) && refusedWebhooks == 0
                    && log.errors() == 0;
        }
    }

    private final BenchLog log;
    private final int chats;
    private final int perChat;

    LineFaults(BenchLog log, int chats, int perChat) {
        this.log = log;
        this.chats = chats;
        this.perChat = perChat;
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("line-429", "the next 30 replies answer 429", f -> f.failNext(LineEndpoint.REPLY, 30,
                        Fault.rateLimited()), 1, false),
                new Scenario("line-5xx", "the next 8 replies and 4 pushes answer 500", f -> {
                    f.failNext(LineEndpoint.REPLY, 8, Fault.serverError());
                    f.failNext(LineEndpoint.PUSH, 4, Fault.serverError());
                }, 1, false),
                new Scenario("line-reset", "the next 6 replies: connection closed, nothing done",
                        f -> f.failNext(LineEndpoint.REPLY, 6, Fault.dropConnection()), 1, false),
                new Scenario("line-lost-answer", "the next 6 replies: delivered, then the answer lost",
                        f -> f.failNext(LineEndpoint.REPLY, 6, Fault.lostResponse()), 1, false),
                new Scenario("line-redelivery", "every webhook event posted 3 times at once (2 redeliveries)",
                        f -> { }, 3, false));
    }

    Result run(Scenario s, int index) throws Exception {
        log.mark();
        try (LineApiFake line = LineApiFake.builder().channelToken(TOKEN).start();
             InProcessBot bot = InProcessBot.sandbox("line").with("LINE_CHANNEL_SECRET", SECRET)
                     .with("LINE_CHANNEL_TOKEN", TOKEN).with("LINE_API_URL", line.baseUrl())
                     .with("LINE_DATA_API_URL", line.dataBaseUrl()).start()) {
            LineWebhooks hooks = LineWebhooks.forFake(line);
            URI url = URI.create(bot.baseUrl() + "/line/webhook");
            DeliveryCount count = new DeliveryCount();
            List<String> groups = new ArrayList<>();
            for (int c = 0; c < chats; c++) {
                String group = String.format("C%032x", 0xbe0000L + index * 100L + c);
                groups.add(group);
                line.registerGroup(group, "Bench group " + c);
                line.registerMember(group, userOf(c), "Member" + c);
            }
            s.inject().accept(line);
            long start = System.nanoTime();
            int refused = 0;
            for (int n = 0; n < perChat; n++) {
                for (int c = 0; c < chats; c++) {
                    WebhookEvent event = hooks.text(LineSource.group(groups.get(c), userOf(c)),
                            count.token(String.valueOf(index), c, n));
                    refused += post(hooks, url, event, s.copies());
                }
            }
            DeliveryCount.Result result = await(line, count);
            long drained = (System.nanoTime() - start) / 1_000_000;
            return new Result(s.name(), s.what(), result, drained, line.replyCount(), line.pushCount(), refused,
                    log.mark());
        }
    }

    private static String userOf(int c) {
        return String.format("U%032x", 0xa0000L + c);
    }

    /** Posts the event, and its redeliveries all at the same moment; returns how many were not answered 200. */
    private static int post(LineWebhooks hooks, URI url, WebhookEvent event, int copies) throws Exception {
        List<SignedWebhook> bodies = new ArrayList<>();
        bodies.add(hooks.signed(SECRET, event));
        for (int i = 1; i < copies; i++) {
            bodies.add(hooks.signed(SECRET, hooks.redelivery(event)));
        }
        List<CompletableFuture<WebhookResponse>> answers = new ArrayList<>();
        for (SignedWebhook b : bodies) {
            answers.add(CompletableFuture.supplyAsync(() -> b.post(url)));
        }
        int refused = 0;
        for (CompletableFuture<WebhookResponse> a : answers) {
            refused += a.get().status() == 200 ? 0 : 1;
        }
        return refused;
    }

    private static DeliveryCount.Result await(LineApiFake line, DeliveryCount count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int last = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            DeliveryCount.Result r = count.count(line.delivered(), Delivered::text);
            if (r.delivered() != last) {
                last = r.delivered();
                quietSince = System.nanoTime();
            }
            if (r.delivered() == count.expectedCount()
                    || System.nanoTime() - quietSince > Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(3_000); // a late double would show up now
                return count.count(line.delivered(), Delivered::text);
            }
            Thread.sleep(250);
        }
        return count.count(line.delivered(), Delivered::text);
    }
}
